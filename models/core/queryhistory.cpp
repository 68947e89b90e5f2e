#include "queryhistory.h"

#include "logging.h"
#include "namedsql.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>

namespace Pixetric {

namespace {

const QString SqlFile = QStringLiteral(":/sql/history.sql");

// The statements of history.sql by name ("-- name: insert" starts one).
const QHash<QString, QString> &statements()
{
    return NamedSql::statements(SqlFile);
}

// SQLite's primary result codes for a file that is not (or no longer) a database.
constexpr int SqliteCorrupt = 11;
constexpr int SqliteNotADatabase = 26;

bool isDamage(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff; // extended codes keep the primary one in the low byte
    return ok && (code == SqliteCorrupt || code == SqliteNotADatabase);
}

QAtomicInt instanceCounter;

// Qt binds a null QString as SQL NULL; the text columns are NOT NULL.
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

} // namespace

struct QueryHistory::Shared
{
    QMutex mutex;
    QString path;
    QString prefix;          // connection names are prefix + thread
    int generation = 0;      // bumped whenever the file changes (setPath, recovery)
    QHash<QString, int> connections; // name → generation it was opened for
    QSet<QString> hooked;    // names whose thread removes them when it finishes
    QString movedAside;
    int maxEntries = DefaultMaxEntries;
};

struct QueryHistory::Connection
{
    QString name;
    int generation = 0;
    QSqlDatabase db;
    bool damaged = false;   // a statement found the file damaged
    QString lastError;      // SQLite's words for the last failure

    // Prepares and runs one statement of history.sql.
    bool exec(QSqlQuery &query, const QString &statement, const QVariantHash &values, QString *error)
    {
        const QString sql = statements().value(statement);
        if (sql.isEmpty()) {
            *error = QueryHistory::tr("the statement \"%1\" is missing from %2").arg(statement, SqlFile);
            return false;
        }
        if (!query.prepare(sql)) {
            damaged = damaged || isDamage(query.lastError());
            *error = lastError = query.lastError().text();
            return false;
        }
        for (auto it = values.begin(); it != values.end(); ++it)
            query.bindValue(QLatin1Char(':') + it.key(), it.value());
        if (!query.exec()) {
            damaged = damaged || isDamage(query.lastError());
            *error = lastError = query.lastError().text();
            return false;
        }
        return true;
    }
};

QueryHistory::QueryHistory(QObject *parent) : QueryHistory(defaultPath(), parent)
{
}

QueryHistory::QueryHistory(const QString &path, QObject *parent)
    : QObject(parent), m_shared(std::make_shared<Shared>())
{
    m_shared->path = path;
    m_shared->prefix = QStringLiteral("pixetric.history.%1.").arg(instanceCounter.fetchAndAddRelaxed(1));
}

QueryHistory::~QueryHistory()
{
    QStringList names;
    {
        QMutexLocker lock(&m_shared->mutex);
        names = m_shared->connections.keys();
        m_shared->connections.clear();
        ++m_shared->generation;
    }
    for (const QString &name : std::as_const(names))
        QSqlDatabase::removeDatabase(name);
}

QString QueryHistory::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/history.sqlite");
}

QString QueryHistory::path() const
{
    QMutexLocker lock(&m_shared->mutex);
    return m_shared->path;
}

void QueryHistory::setPath(const QString &path)
{
    QMutexLocker lock(&m_shared->mutex);
    if (m_shared->path == path)
        return;
    m_shared->path = path;
    m_shared->movedAside.clear();
    ++m_shared->generation;
}

QString QueryHistory::movedAsideFile() const
{
    QMutexLocker lock(&m_shared->mutex);
    return m_shared->movedAside;
}

int QueryHistory::maxEntries() const
{
    QMutexLocker lock(&m_shared->mutex);
    return m_shared->maxEntries;
}

void QueryHistory::setMaxEntries(int entries)
{
    QMutexLocker lock(&m_shared->mutex);
    m_shared->maxEntries = qMax(1, entries);
}

QString QueryHistory::searchKey(const QString &text)
{
    QString key = text.normalized(QString::NormalizationForm_KC).toCaseFolded();
    // Qt folds one character to one; full folding turns ß into "ss", so GRÖSSE finds Größe.
    key.replace(QChar(0x00DF), QLatin1String("ss"));
    return key;
}

QueryHistory::Error QueryHistory::open()
{
    return withConnection([](Connection &) { return Error(); });
}

QueryHistory::Error QueryHistory::openConnection(Connection *c) const
{
    QString path;
    {
        QMutexLocker lock(&m_shared->mutex);
        c->name = m_shared->prefix + QString::number(quintptr(QThread::currentThread()), 16);
        c->generation = m_shared->generation;
        path = m_shared->path;
        if (m_shared->connections.value(c->name, -1) == c->generation) {
            lock.unlock();
            c->db = QSqlDatabase::database(c->name, false);
            if (c->db.isOpen())
                return {};
            c->db = QSqlDatabase();
        }
        m_shared->connections.remove(c->name);
    }
    // A connection to an earlier file (or a closed one) goes; this thread holds no copies.
    if (QSqlDatabase::contains(c->name))
        QSqlDatabase::removeDatabase(c->name);

    if (path.isEmpty())
        return {tr("No file is set for the query history. Choose where to keep it in the settings.")};
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder)) {
        return {tr("The query history cannot be saved: the folder %1 cannot be created. "
                   "Check that it may be written to, or choose another location for the history.")
                    .arg(QDir::toNativeSeparators(folder))};
    }
    if (statements().isEmpty())
        return {tr("The query history cannot be used: %1 is missing from this build. Reinstall Pixetric Studio.").arg(SqlFile)};

    c->db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), c->name);
    c->db.setDatabaseName(path);
    // Another thread or window may be writing; wait for it rather than fail.
    c->db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    QString why;
    bool ok = c->db.open();
    if (!ok) {
        why = c->lastError = c->db.lastError().text();
        c->damaged = isDamage(c->db.lastError());
    } else {
        QSqlQuery query(c->db);
        ok = c->exec(query, QStringLiteral("wal"), {}, &why);
        if (ok && query.next() && query.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
            qCInfo(lcHistory) << "history file stays in journal mode" << query.value(0).toString();
        ok = ok && c->exec(query, QStringLiteral("synchronous"), {}, &why)
            && c->exec(query, QStringLiteral("create_table"), {}, &why)
            && c->exec(query, QStringLiteral("create_index"), {}, &why)
            // Reads every page of the table's b-tree root: damage shows here rather than later.
            && c->exec(query, QStringLiteral("count"), {}, &why);
    }
    if (!ok) {
        c->db = QSqlDatabase();
        QSqlDatabase::removeDatabase(c->name);
        if (c->damaged)
            return {}; // withConnection() moves the file aside and tries again
        return {tr("The query history in %1 cannot be opened (%2). Check that the file and its folder "
                   "may be written to, or choose another location for the history.")
                    .arg(QDir::toNativeSeparators(path), why)};
    }

    bool hook = false;
    {
        QMutexLocker lock(&m_shared->mutex);
        m_shared->connections.insert(c->name, c->generation);
        hook = QThread::currentThread() != thread() && !m_shared->hooked.contains(c->name);
        if (hook)
            m_shared->hooked.insert(c->name);
    }
    if (hook) {
        // Runs on the finishing thread itself, the only one that may close its connection.
        std::weak_ptr<Shared> weak = m_shared;
        const QString name = c->name;
        QObject::connect(QThread::currentThread(), &QThread::finished, [weak, name] {
            if (const auto shared = weak.lock()) {
                QMutexLocker lock(&shared->mutex);
                shared->connections.remove(name);
                shared->hooked.remove(name);
            }
            QSqlDatabase::removeDatabase(name);
        });
    }
    return {};
}

QueryHistory::Error QueryHistory::withConnection(const std::function<Error(Connection &)> &work) const
{
    // A second round runs after a damaged file was moved aside.
    for (int attempt = 0; attempt < 2; ++attempt) {
        Connection c;
        Error error = openConnection(&c);
        if (error)
            return error;
        if (!c.damaged) {
            error = work(c);
            if (!c.damaged)
                return error;
        }
        const int generation = c.generation;
        const QString name = c.name;
        c.db = QSqlDatabase();
        {
            QMutexLocker lock(&m_shared->mutex);
            m_shared->connections.remove(name);
        }
        QSqlDatabase::removeDatabase(name);
        error = recover(generation, c.lastError);
        if (error)
            return error;
    }
    return {tr("The query history file %1 cannot be used, even after the damaged one was moved aside. "
               "Delete it, or choose another location for the history.")
                .arg(QDir::toNativeSeparators(path()))};
}

QueryHistory::Error QueryHistory::recover(int generation, const QString &reason) const
{
    QString movedTo;
    {
        QMutexLocker lock(&m_shared->mutex);
        if (m_shared->generation != generation)
            return {}; // another thread already started a new file
        const QString path = m_shared->path;
        const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        movedTo = path + QStringLiteral(".damaged-") + stamp;
        for (int n = 2; QFile::exists(movedTo); ++n)
            movedTo = path + QStringLiteral(".damaged-%1-%2").arg(stamp).arg(n);
        if (!QFile::rename(path, movedTo)) {
            return {tr("The query history file %1 is damaged and cannot be moved aside. "
                       "Close other Pixetric Studio windows and delete the file to start a new history.")
                        .arg(QDir::toNativeSeparators(path))};
        }
        // The write-ahead log belongs to the damaged file; a new database must not replay it.
        QFile::rename(path + QStringLiteral("-wal"), movedTo + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        m_shared->movedAside = movedTo;
        ++m_shared->generation;
    }
    qCWarning(lcHistory) << "history file was damaged (" << reason << "), moved to" << movedTo;
    Q_EMIT const_cast<QueryHistory *>(this)->recovered(movedTo);
    return {};
}

QueryHistory::Error QueryHistory::record(const Entry &entry, qint64 *id)
{
    const int keep = maxEntries();
    qint64 newId = 0;
    const Error error = withConnection([&](Connection &c) -> Error {
        const QDateTime started = entry.startedAt.isValid() ? entry.startedAt : QDateTime::currentDateTime();
        QString why;
        bool ok = c.db.transaction();
        if (!ok)
            why = c.db.lastError().text();
        {
            QSqlQuery query(c.db);
            ok = ok
                && c.exec(query, QStringLiteral("insert"),
                          {{QStringLiteral("started_at"), started.toMSecsSinceEpoch()},
                           {QStringLiteral("duration_ms"), entry.durationMs},
                           {QStringLiteral("row_count"), entry.rows},
                           {QStringLiteral("connection"), notNull(entry.connectionName)},
                           {QStringLiteral("database"), notNull(entry.database)},
                           {QStringLiteral("sql"), notNull(entry.sql)},
                           {QStringLiteral("error"), notNull(entry.errorText)},
                           {QStringLiteral("search_key"),
                            searchKey(entry.sql + QLatin1Char('\n') + entry.connectionName
                                      + QLatin1Char('\n') + entry.database)}},
                          &why);
            if (ok)
                newId = query.lastInsertId().toLongLong();
            ok = ok && c.exec(query, QStringLiteral("trim"), {{QStringLiteral("keep"), keep}}, &why);
        }
        if (ok && !c.db.commit()) {
            ok = false;
            why = c.db.lastError().text();
            c.damaged = c.damaged || isDamage(c.db.lastError());
        }
        if (!ok) {
            c.db.rollback();
            return {tr("The statement was not added to the query history (%1). "
                       "Check the free disk space, or choose another location for the history.")
                        .arg(why)};
        }
        return {};
    });
    if (error)
        return error;
    if (id)
        *id = newId;
    Q_EMIT changed();
    return {};
}

QList<QueryHistory::Entry> QueryHistory::search(const QString &text, int limit, Error *error) const
{
    QList<Entry> entries;
    const Error e = withConnection([&](Connection &c) -> Error {
        entries.clear();
        QSqlQuery query(c.db);
        query.setForwardOnly(true);
        QString why;
        if (!c.exec(query, QStringLiteral("search"),
                    {{QStringLiteral("needle"), notNull(searchKey(text))}, {QStringLiteral("limit"), qMax(0, limit)}}, &why))
            return {tr("The query history cannot be searched (%1). Try again; if it keeps failing, "
                       "choose another location for the history.")
                        .arg(why)};
        while (query.next()) {
            Entry entry;
            entry.id = query.value(0).toLongLong();
            entry.startedAt = QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong());
            entry.durationMs = query.value(2).toLongLong();
            entry.rows = query.value(3).toLongLong();
            entry.connectionName = query.value(4).toString();
            entry.database = query.value(5).toString();
            entry.sql = query.value(6).toString();
            entry.errorText = query.value(7).toString();
            entries << entry;
        }
        if (query.lastError().isValid()) {
            c.damaged = c.damaged || isDamage(query.lastError());
            return {tr("The query history cannot be searched (%1). Try again; if it keeps failing, "
                       "choose another location for the history.")
                        .arg(query.lastError().text())};
        }
        return {};
    });
    if (error)
        *error = e;
    if (e)
        entries.clear();
    return entries;
}

QueryHistory::Error QueryHistory::remove(qint64 id)
{
    const Error error = withConnection([&](Connection &c) -> Error {
        QSqlQuery query(c.db);
        QString why;
        if (!c.exec(query, QStringLiteral("delete"), {{QStringLiteral("id"), id}}, &why))
            return {tr("The entry was not deleted from the query history (%1). Try again.").arg(why)};
        return {};
    });
    if (!error)
        Q_EMIT changed();
    return error;
}

QueryHistory::Error QueryHistory::clear()
{
    const Error error = withConnection([&](Connection &c) -> Error {
        QSqlQuery query(c.db);
        QString why;
        if (!c.exec(query, QStringLiteral("clear"), {}, &why))
            return {tr("The query history was not cleared (%1). Try again.").arg(why)};
        return {};
    });
    if (!error)
        Q_EMIT changed();
    return error;
}

qint64 QueryHistory::count(Error *error) const
{
    qint64 result = 0;
    const Error e = withConnection([&](Connection &c) -> Error {
        QSqlQuery query(c.db);
        QString why;
        if (!c.exec(query, QStringLiteral("count"), {}, &why) || !query.next())
            return {tr("The query history cannot be read (%1). Try again.").arg(why)};
        result = query.value(0).toLongLong();
        return {};
    });
    if (error)
        *error = e;
    return e ? 0 : result;
}

} // namespace Pixetric
