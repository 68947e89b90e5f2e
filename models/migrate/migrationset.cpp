#include "migrationset.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QStringDecoder>

#include <algorithm>

namespace Pixetric {

namespace {

struct NamePattern
{
    QRegularExpression pattern;
    MigrationFile::Layout layout;
};

// The file names of each layout. Flyway's versions may use '.' or '_' between parts.
const QRegularExpression &flywayVersioned()
{
    static const QRegularExpression re(QStringLiteral("^V(\\d+(?:[._]\\d+)*)__(.+)\\.sql$"));
    return re;
}
const QRegularExpression &flywayUndo()
{
    static const QRegularExpression re(QStringLiteral("^U(\\d+(?:[._]\\d+)*)__(.+)\\.sql$"));
    return re;
}
const QRegularExpression &flywayRepeatable()
{
    static const QRegularExpression re(QStringLiteral("^R__(.+)\\.sql$"));
    return re;
}
const QRegularExpression &golangMigrate()
{
    static const QRegularExpression re(QStringLiteral("^(\\d+)_(.+)\\.(up|down)\\.sql$"));
    return re;
}
const QRegularExpression &numbered()
{
    static const QRegularExpression re(QStringLiteral("^(\\d+)[_-](.+)\\.sql$"));
    return re;
}
// Our own down marker: a line "-- down" (a colon after it allowed).
const QRegularExpression &downMarker()
{
    static const QRegularExpression re(QStringLiteral("^--[ \\t]*down[ \\t]*:?[ \\t]*$"),
                                       QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);
    return re;
}
// dbmate's markers, with options such as "transaction:false" after them.
const QRegularExpression &dbmateMarker()
{
    static const QRegularExpression re(QStringLiteral("^--[ \\t]*migrate:(up|down)\\b([^\\n]*)$"),
                                       QRegularExpression::MultilineOption);
    return re;
}

QString describe(QString name)
{
    return name.replace(QLatin1Char('_'), QLatin1Char(' ')).trimmed();
}

QList<qulonglong> versionParts(const QString &version)
{
    QList<qulonglong> parts;
    for (const QString &part : version.split(QRegularExpression(QStringLiteral("[._]")), Qt::SkipEmptyParts))
        parts << part.toULongLong();
    return parts;
}

int lineOf(const QString &text, qsizetype offset)
{
    return int(text.left(offset).count(QLatin1Char('\n'))) + 1;
}

// Text as PostgreSQL will see it: no byte order mark, LF line ends. False when not UTF-8.
bool decode(const QByteArray &bytes, QString *text)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString decoded = decoder(bytes);
    if (decoder.hasError())
        return false;
    if (decoded.startsWith(QChar(0xFEFF)))
        decoded.remove(0, 1);
    decoded.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    *text = decoded;
    return true;
}

// Splits dbmate's "-- migrate:up" / "-- migrate:down" sections.
bool splitDbmate(const QString &text, MigrationFile *file, QString *problem)
{
    qsizetype upStart = -1;
    qsizetype upEnd = text.size();
    qsizetype downStart = -1;
    QRegularExpressionMatchIterator it = dbmateMarker().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const bool up = m.captured(1) == QLatin1String("up");
        if (up && upStart >= 0) {
            *problem = MigrationSet::tr("%1: more than one \"-- migrate:up\" line; keep one.").arg(file->fileName);
            return false;
        }
        if (up) {
            upStart = m.capturedEnd(0);
            file->transactional = !m.captured(2).contains(QLatin1String("transaction:false"));
        } else if (downStart < 0) {
            if (upStart < 0) {
                *problem = MigrationSet::tr("%1: \"-- migrate:down\" comes before \"-- migrate:up\"; put the up part first.")
                               .arg(file->fileName);
                return false;
            }
            upEnd = m.capturedStart(0);
            downStart = m.capturedEnd(0);
        }
    }
    if (upStart < 0) {
        *problem = MigrationSet::tr("%1: no \"-- migrate:up\" line; dbmate files begin their SQL with one.").arg(file->fileName);
        return false;
    }
    file->up = text.mid(upStart, upEnd - upStart);
    file->upLine = lineOf(text, upStart);
    if (downStart >= 0) {
        file->down = text.mid(downStart).trimmed();
        file->hasDown = !file->down.isEmpty();
    }
    return true;
}

void splitOwn(const QString &text, MigrationFile *file)
{
    const QRegularExpressionMatch m = downMarker().match(text);
    if (!m.hasMatch()) {
        file->up = text;
        return;
    }
    file->up = text.left(m.capturedStart(0));
    file->down = text.mid(m.capturedEnd(0)).trimmed();
    file->hasDown = !file->down.isEmpty();
}

} // namespace

QString MigrationSet::checksumOf(const QString &sql)
{
    return QString::fromLatin1(QCryptographicHash::hash(sql.toUtf8(), QCryptographicHash::Sha256).toHex());
}

int MigrationSet::compareVersions(const QString &a, const QString &b)
{
    const QList<qulonglong> x = versionParts(a);
    const QList<qulonglong> y = versionParts(b);
    for (qsizetype i = 0; i < std::max(x.size(), y.size()); ++i) {
        const qulonglong p = x.value(i, 0);
        const qulonglong q = y.value(i, 0);
        if (p != q)
            return p < q ? -1 : 1;
    }
    return 0;
}

bool MigrationSet::parseText(const QString &fileName, const QByteArray &bytes, MigrationFile *file, QString *problem)
{
    file->fileName = fileName;
    QString text;
    if (!decode(bytes, &text)) {
        *problem = tr("%1: not UTF-8 text; save it as UTF-8.").arg(fileName);
        return false;
    }
    if (QRegularExpressionMatch m = flywayVersioned().match(fileName); m.hasMatch()) {
        file->layout = MigrationFile::Layout::Flyway;
        file->version = m.captured(1);
        file->name = describe(m.captured(2));
        // Flyway keeps the down part in a U file: a "-- down" line is only a comment there.
        file->up = text;
    } else if (QRegularExpressionMatch m = golangMigrate().match(fileName); m.hasMatch()) {
        file->layout = MigrationFile::Layout::GolangMigrate;
        file->version = m.captured(1);
        file->name = describe(m.captured(2));
        file->up = text;
    } else if (QRegularExpressionMatch m = numbered().match(fileName); m.hasMatch()) {
        file->version = m.captured(1);
        file->name = describe(m.captured(2));
        if (dbmateMarker().match(text).hasMatch()) {
            file->layout = MigrationFile::Layout::Dbmate;
            if (!splitDbmate(text, file, problem))
                return false;
        } else {
            file->layout = MigrationFile::Layout::Pixetric;
            splitOwn(text, file);
        }
    } else {
        *problem = tr("%1: not a migration file name; name it NNNN_name.sql (or V1__name.sql for Flyway, "
                      "<timestamp>_name.sql for dbmate).")
                       .arg(fileName);
        return false;
    }
    file->checksum = checksumOf(file->up);
    return true;
}

MigrationSet MigrationSet::read(const QString &folder)
{
    MigrationSet set;
    const QDir dir(folder);
    set.folder = dir.absolutePath();
    if (!dir.exists()) {
        set.problems << tr("The folder %1 does not exist; pick the folder that holds the migration files.").arg(set.folder);
        return set;
    }
    const QStringList names = dir.entryList({QStringLiteral("*.sql")}, QDir::Files | QDir::Readable, QDir::Name);
    QHash<QString, QString> downs; // version → down SQL of Flyway U files and golang-migrate .down.sql files
    QList<MigrationFile> files;
    for (const QString &name : names) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly)) {
            set.problems << tr("%1: cannot be read (%2).").arg(name, f.errorString());
            continue;
        }
        const QByteArray bytes = f.readAll();
        if (flywayRepeatable().match(name).hasMatch()) {
            set.problems << tr("%1: repeatable Flyway migrations (R__) are not run by Pixetric Studio; run it by hand "
                               "or make it a versioned migration.")
                                .arg(name);
            continue;
        }
        const QRegularExpressionMatch undo = flywayUndo().match(name);
        const QRegularExpressionMatch golang = golangMigrate().match(name);
        if (undo.hasMatch() || (golang.hasMatch() && golang.captured(3) == QLatin1String("down"))) {
            QString text;
            if (!decode(bytes, &text)) {
                set.problems << tr("%1: not UTF-8 text; save it as UTF-8.").arg(name);
                continue;
            }
            downs.insert(undo.hasMatch() ? undo.captured(1) : golang.captured(1), text.trimmed());
            continue;
        }
        MigrationFile file;
        QString problem;
        file.path = dir.filePath(name);
        if (!parseText(name, bytes, &file, &problem)) {
            set.problems << problem;
            continue;
        }
        files << file;
    }
    std::stable_sort(files.begin(), files.end(),
                     [](const MigrationFile &a, const MigrationFile &b) { return compareVersions(a.version, b.version) < 0; });
    for (qsizetype i = 1; i < files.size(); ++i) {
        if (compareVersions(files.at(i - 1).version, files.at(i).version) == 0)
            set.problems << tr("%1 and %2 have the same version %3; give one of them another number.")
                                .arg(files.at(i - 1).fileName, files.at(i).fileName, files.at(i).version);
    }
    for (MigrationFile &file : files) {
        for (auto it = downs.constBegin(); it != downs.constEnd(); ++it) {
            if (compareVersions(it.key(), file.version) == 0 && !file.hasDown) {
                file.down = it.value();
                file.hasDown = !file.down.isEmpty();
            }
        }
    }
    for (auto it = downs.constBegin(); it != downs.constEnd(); ++it) {
        const bool matched = std::any_of(files.cbegin(), files.cend(),
                                         [&](const MigrationFile &f) { return compareVersions(f.version, it.key()) == 0; });
        if (!matched)
            set.problems << tr("The down migration of version %1 has no up migration beside it; add the up file or remove it.")
                                .arg(it.key());
    }
    set.files = files;
    return set;
}

const MigrationFile *MigrationSet::find(const QString &version) const
{
    for (const MigrationFile &f : files) {
        if (compareVersions(f.version, version) == 0)
            return &f;
    }
    return nullptr;
}

} // namespace Pixetric
