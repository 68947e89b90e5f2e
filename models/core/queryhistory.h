#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace Pixetric {

// The statements the user ran, kept across sessions in an SQLite file (WAL mode), by default
// AppDataLocation/history.sqlite. Searching folds case for every script (Größe, GRÖSSE and
// größe find each other; so do 名前 and any text containing it), newest first. At most
// maxEntries() are kept; recording more drops the oldest.
//
// Errors are values: an unwritable folder or file makes the calls return an Error (and the
// history simply stays empty); a damaged file is moved aside (movedAsideFile()) and a new one
// started, so a broken history never stops the application.
//
// Thread affinity: the object lives on the thread that created it (changed() is emitted from
// whichever thread made the change). record(), search(), remove(), clear() and count() may be
// called from any thread: each thread gets its own SQLite connection (connection name per
// instance and thread), closed when that thread finishes or this object is destroyed.
class QueryHistory : public QObject
{
    Q_OBJECT
public:
    struct Entry
    {
        qint64 id = 0;          // assigned by record()
        QString sql;
        QString connectionName; // ConnectionParams::displayName(), e.g. "app@db1:5432/shop"
        QString database;
        QDateTime startedAt;
        qint64 durationMs = -1; // -1 when unknown
        qint64 rows = -1;       // rows returned or affected, -1 when unknown
        QString errorText;      // empty when the statement succeeded

        bool ok() const { return errorText.isEmpty(); }
    };

    struct Error
    {
        QString message; // for people: what went wrong and what to do; empty for success

        bool isError() const { return !message.isEmpty(); }
        explicit operator bool() const { return isError(); }
    };

    static constexpr int DefaultMaxEntries = 50000;
    static constexpr int DefaultSearchLimit = 500;

    // Uses defaultPath(). Nothing is opened until the first call that needs the file.
    explicit QueryHistory(QObject *parent = nullptr);
    explicit QueryHistory(const QString &path, QObject *parent = nullptr);
    ~QueryHistory() override;

    // AppDataLocation/history.sqlite.
    static QString defaultPath();
    QString path() const;
    // Switches to another file; connections to the old one are closed.
    void setPath(const QString &path);

    // Opens (creating the folder and the file) on the calling thread. The other calls do this
    // on demand; calling it first reports problems early.
    Error open();
    // Non-empty after a damaged history file was renamed to this name and a new one started.
    QString movedAsideFile() const;

    // Stores entry (its id is ignored) and returns the new id in *id.
    Error record(const Entry &entry, qint64 *id = nullptr);
    // Entries whose SQL, connection name or database contain text (ignoring case; an empty
    // text matches everything), newest first, at most limit of them.
    QList<Entry> search(const QString &text, int limit = DefaultSearchLimit, Error *error = nullptr) const;
    Error remove(qint64 id);
    Error clear();
    qint64 count(Error *error = nullptr) const;

    int maxEntries() const;
    // Takes effect with the next record().
    void setMaxEntries(int entries);

    // The form text is stored and searched in: NFKC, case-folded, ß as "ss".
    static QString searchKey(const QString &text);

Q_SIGNALS:
    // Entries were added, removed or cleared.
    void changed();
    // A damaged history file was moved aside to movedAsideFile and a new one started.
    void recovered(const QString &movedAsideFile);

private:
    struct Shared;
    struct Connection;

    Error withConnection(const std::function<Error(Connection &)> &work) const;
    Error openConnection(Connection *connection) const;
    Error recover(int generation, const QString &reason) const;

    std::shared_ptr<Shared> m_shared;
};

} // namespace Pixetric

Q_DECLARE_METATYPE(Pixetric::QueryHistory::Entry)
