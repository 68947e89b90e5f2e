#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Pixetric {

// One statement of a migration, as the runner sends it.
struct MigrationStatement
{
    QString sql;
    int line = 1; // in the file
    // PostgreSQL refuses it inside a transaction block: CREATE / DROP / REINDEX … CONCURRENTLY,
    // DETACH PARTITION … CONCURRENTLY, VACUUM, CREATE / DROP DATABASE or TABLESPACE, ALTER SYSTEM.
    bool outsideTransaction = false;
    // BEGIN, COMMIT, ROLLBACK, SAVEPOINT …: the file manages its own transactions.
    bool transactionControl = false;
};

// A migration's up part cut into statements with libpg_query (PostgreSQL's own grammar, its
// scanner when the text does not parse) and classified. Pure CPU work, thread-safe.
struct MigrationScript
{
    QList<MigrationStatement> statements;
    bool parsed = true;  // false when the grammar rejected the text (the server will say where)
    QString syntaxError; // the grammar's message then

    // firstLine: the file's line the text starts on.
    static MigrationScript analyze(const QString &sql, int firstLine = 1);
    // The parse tree of one statement as libpg_query's JSON ({"IndexStmt": {…}}), or an empty
    // object when it does not parse on its own.
    static QJsonObject parseTree(const QString &statement);
    // True when the statements can run as one transaction.
    bool fitsOneTransaction() const;
};

} // namespace Pixetric
