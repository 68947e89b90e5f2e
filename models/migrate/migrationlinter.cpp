#include "migrationlinter.h"

#include "migrationscript.h"
#include "statementsplitter.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace Pixetric {

namespace {

using Severity = LintFinding::Severity;

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QJsonObject child(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toObject();
}

QJsonArray list(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toArray();
}

// "public.orders" from a RangeVar, "orders" when written without a schema.
QString relationName(const QJsonObject &rangeVar)
{
    const QString schema = str(rangeVar, "schemaname");
    const QString name = str(rangeVar, "relname");
    return schema.isEmpty() ? name : schema + QLatin1Char('.') + name;
}

// The names of a list of String nodes, joined with dots ("public.orders_idx").
QString dottedNames(const QJsonArray &names)
{
    QStringList parts;
    for (const QJsonValue &n : names)
        parts << str(child(n.toObject(), "String"), "sval");
    return parts.join(QLatin1Char('.'));
}

// The type's own name, without pg_catalog: "int4", "bpchar", "timestamp", "serial".
QString typeName(const QJsonObject &columnDef)
{
    const QJsonArray names = list(child(columnDef, "typeName"), "names");
    return names.isEmpty() ? QString() : str(child(names.last().toObject(), "String"), "sval");
}

QList<QJsonObject> constraints(const QJsonObject &columnDef)
{
    QList<QJsonObject> out;
    for (const QJsonValue &c : list(columnDef, "constraints"))
        out << child(c.toObject(), "Constraint");
    return out;
}

bool hasConstraint(const QJsonObject &columnDef, const char *contype)
{
    const QList<QJsonObject> all = constraints(columnDef);
    return std::any_of(all.begin(), all.end(), [&](const QJsonObject &c) { return str(c, "contype") == QLatin1String(contype); });
}

QJsonObject constraintOf(const QJsonObject &columnDef, const char *contype)
{
    for (const QJsonObject &c : constraints(columnDef)) {
        if (str(c, "contype") == QLatin1String(contype))
            return c;
    }
    return {};
}

// Functions whose value differs row by row: a default calling one fills every existing row.
bool callsVolatileFunction(const QJsonValue &value)
{
    static const QSet<QString> volatileFunctions = {
        QStringLiteral("random"),          QStringLiteral("gen_random_uuid"), QStringLiteral("uuid_generate_v1"),
        QStringLiteral("uuid_generate_v1mc"), QStringLiteral("uuid_generate_v4"), QStringLiteral("clock_timestamp"),
        QStringLiteral("timeofday"),       QStringLiteral("nextval"),         QStringLiteral("txid_current"),
        QStringLiteral("uuidv7"),          QStringLiteral("random_normal"),   QStringLiteral("setseed")};
    if (value.isArray()) {
        const QJsonArray a = value.toArray();
        return std::any_of(a.begin(), a.end(), [](const QJsonValue &v) { return callsVolatileFunction(v); });
    }
    if (!value.isObject())
        return false;
    const QJsonObject o = value.toObject();
    if (o.contains(QLatin1String("FuncCall"))) {
        const QJsonArray names = list(child(o, "FuncCall"), "funcname");
        if (!names.isEmpty() && volatileFunctions.contains(str(child(names.last().toObject(), "String"), "sval")))
            return true;
    }
    return std::any_of(o.begin(), o.end(), [](const QJsonValue &v) { return callsVolatileFunction(v); });
}

bool isSerial(const QString &type)
{
    static const QSet<QString> serials = {QStringLiteral("serial"),  QStringLiteral("serial4"),     QStringLiteral("bigserial"),
                                          QStringLiteral("serial8"), QStringLiteral("smallserial"), QStringLiteral("serial2")};
    return serials.contains(type);
}

bool isNarrowInteger(const QString &type)
{
    static const QSet<QString> narrow = {QStringLiteral("int4"),    QStringLiteral("int2"),        QStringLiteral("serial"),
                                         QStringLiteral("serial4"), QStringLiteral("smallserial"), QStringLiteral("serial2")};
    return narrow.contains(type);
}

// A SET of lock_timeout or statement_timeout: true when it sets a limit (not 0, not RESET).
bool setsLimit(const QJsonObject &variableSet)
{
    const QString kind = str(variableSet, "kind");
    const QJsonArray args = list(variableSet, "args");
    if (kind != QLatin1String("VAR_SET_VALUE") || args.isEmpty())
        return false;
    const QJsonObject value = child(args.first().toObject(), "A_Const");
    if (value.contains(QLatin1String("sval")))
        return !QRegularExpression(QStringLiteral("^\\s*0+\\s*(ms|s|min)?\\s*$")).match(str(child(value, "sval"), "sval")).hasMatch();
    if (value.contains(QLatin1String("ival")))
        return child(value, "ival").value(QLatin1String("ival")).toInt() != 0;
    return false;
}

bool hasOption(const QJsonArray &options, const char *name)
{
    return std::any_of(options.begin(), options.end(), [name](const QJsonValue &p) {
        return str(child(p.toObject(), "DefElem"), "defname") == QLatin1String(name);
    });
}

// The checks of one set of files, in order.
class Checker
{
    Q_DECLARE_TR_FUNCTIONS(Pixetric::MigrationLinter)

public:
    Checker(const LintOptions &options, LintReport *report) : m_options(options), m_report(report)
    {
        for (const LintRule &r : MigrationLinter::rules())
            m_severity.insert(r.name, r.severity);
    }

    void file(const MigrationFile &file);

private:
    void statement(const QJsonObject &node);
    void alterTable(const QJsonObject &alter);
    // True when it holds its lock over a rewrite or an index build.
    bool addColumn(const QString &table, const QJsonObject &columnDef, bool existing);
    void addConstraint(const QString &table, const QJsonObject &constraint);
    void columnTypes(const QString &table, const QJsonObject &columnDef, bool primaryKey);
    void createTable(const QJsonObject &create);
    void index(const QJsonObject &index);
    void drop(const QJsonObject &drop);
    void rename(const QJsonObject &rename);

    bool isNew(const QString &table) const
    {
        return m_newTables.contains(table) || m_newTables.contains(table.section(QLatin1Char('.'), -1));
    }
    void created(const QString &table)
    {
        m_newTables.insert(table);
        m_newTables.insert(table.section(QLatin1Char('.'), -1));
    }
    // The statement waits for a lock that queues everybody behind it, or holds one over a scan.
    void strongLock(const QString &table, bool longHold);
    void report(const QString &rule, const QString &object, const QString &lock, bool rewrite, const QString &dataLoss,
                const QString &problem, const QString &safer);

    QString exclusive(const QString &table) const { return tr("ACCESS EXCLUSIVE on %1").arg(table); }
    bool atLeast(int version) const { return m_options.serverVersion >= version; }

    const LintOptions &m_options;
    LintReport *m_report;
    QHash<QString, Severity> m_severity;
    QSet<QString> m_newTables;
    QSet<QString> m_newIndexes;

    // Per file.
    const MigrationFile *m_file = nullptr;
    bool m_lockTimeout = false;
    bool m_statementTimeout = false;
    bool m_lockTimeoutReported = false;
    bool m_statementTimeoutReported = false;
    // Per statement.
    int m_line = 1;
    QString m_statement;
    QStringList m_ignored;
    bool m_ignoreAll = false;
};

void Checker::file(const MigrationFile &file)
{
    m_file = &file;
    m_lockTimeout = m_options.lockTimeoutMs > 0;
    m_statementTimeout = m_options.statementTimeoutMs > 0;
    m_lockTimeoutReported = m_statementTimeoutReported = false;
    ++m_report->files;

    static const QRegularExpression silence(QStringLiteral("pixetric-lint:[ \\t]*ignore\\b([^\\n]*)"));
    const QString &sql = file.up;
    const SplitResult split = StatementSplitter::split(sql);
    if (!split.parsed) {
        m_report->problems << tr("%1: PostgreSQL's grammar rejects the text (%2); the statements are checked one by one.")
                                  .arg(file.fileName, split.syntaxError);
    }
    int regionStart = 0;
    for (const SqlStatement &s : split.statements) {
        ++m_report->statements;
        m_line = file.upLine + int(QStringView(sql).left(s.begin).count(QLatin1Char('\n')));
        m_statement = s.text.section(QLatin1Char('\n'), 0, 0).simplified();
        if (m_statement.size() > 100 || s.text.contains(QLatin1Char('\n')))
            m_statement = m_statement.left(100) + QStringLiteral(" …");

        // The comments before the statement (from the line after the one before ended) and in
        // it, and one on the line it ends on.
        const qsizetype lineEnd = sql.indexOf(QLatin1Char('\n'), s.end);
        const qsizetype regionEnd = lineEnd < 0 ? sql.size() : lineEnd;
        m_ignored.clear();
        m_ignoreAll = false;
        const QString region = sql.mid(regionStart, regionEnd - regionStart);
        for (auto it = silence.globalMatch(region); it.hasNext();) {
            const QStringList names = it.next().captured(1).split(QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts);
            if (names.isEmpty())
                m_ignoreAll = true;
            for (const QString &name : names) {
                if (name.startsWith(QLatin1String("--")) || name.startsWith(QLatin1String("*/")))
                    break;
                if (!m_severity.contains(name))
                    m_report->problems << tr("%1, line %2: pixetric-lint names no rule '%3' (pixetric migrate lint --rules lists them).")
                                              .arg(file.fileName).arg(m_line).arg(name);
                m_ignored << name;
            }
        }
        regionStart = lineEnd < 0 ? int(sql.size()) : int(lineEnd + 1);

        const QJsonObject node = MigrationScript::parseTree(s.text);
        if (!node.isEmpty())
            statement(node);
    }
}

void Checker::report(const QString &rule, const QString &object, const QString &lock, bool rewrite, const QString &dataLoss,
                     const QString &problem, const QString &safer)
{
    if (m_ignoreAll || m_ignored.contains(rule)) {
        ++m_report->silenced;
        return;
    }
    LintFinding f;
    f.rule = rule;
    f.severity = m_severity.value(rule, Severity::Danger);
    f.fileName = m_file->fileName;
    f.version = m_file->version;
    f.line = m_line;
    f.statement = m_statement;
    f.object = object;
    f.lock = lock;
    f.rewrite = rewrite;
    f.dataLoss = dataLoss;
    f.problem = problem;
    f.safer = safer;
    m_report->findings << f;
}

void Checker::strongLock(const QString &table, bool longHold)
{
    if (!m_lockTimeout && !m_lockTimeoutReported) {
        m_lockTimeoutReported = true;
        report(QStringLiteral("missing-lock-timeout"), table, QString(), false, QString(),
               tr("No lock_timeout is set: while this statement waits for its lock on %1 behind a long transaction, every "
                  "later query on %1 queues behind it, and the application stalls.")
                   .arg(table),
               tr("Start the file with SET lock_timeout = '2s' (or run with --lock-timeout) and run it again when it times out."));
    }
    if (longHold && !m_statementTimeout && !m_statementTimeoutReported) {
        m_statementTimeoutReported = true;
        report(QStringLiteral("missing-statement-timeout"), table, QString(), false, QString(),
               tr("No statement_timeout is set: this statement holds its lock on %1 for as long as it takes to read the "
                  "whole table, with no upper bound.")
                   .arg(table),
               tr("Set statement_timeout for the file (or run with --statement-timeout) to the longest blocking you can accept; "
                  "a rehearsal on a preview branch shows how long it really takes."));
    }
}

void Checker::statement(const QJsonObject &node)
{
    const QString kind = node.keys().value(0);
    const QJsonObject body = node.value(kind).toObject();
    if (kind == QLatin1String("VariableSetStmt")) {
        const QString name = str(body, "name");
        if (name == QLatin1String("lock_timeout"))
            m_lockTimeout = setsLimit(body) || m_options.lockTimeoutMs > 0;
        else if (name == QLatin1String("statement_timeout"))
            m_statementTimeout = setsLimit(body) || m_options.statementTimeoutMs > 0;
    } else if (kind == QLatin1String("CreateStmt")) {
        createTable(body);
    } else if (kind == QLatin1String("CreateTableAsStmt")) {
        created(relationName(child(child(body, "into"), "rel")));
    } else if (kind == QLatin1String("AlterTableStmt")) {
        alterTable(body);
    } else if (kind == QLatin1String("IndexStmt")) {
        index(body);
    } else if (kind == QLatin1String("DropStmt")) {
        drop(body);
    } else if (kind == QLatin1String("RenameStmt")) {
        rename(body);
    } else if (kind == QLatin1String("TruncateStmt")) {
        const bool cascade = str(body, "behavior") == QLatin1String("DROP_CASCADE");
        for (const QJsonValue &r : list(body, "relations")) {
            const QString table = relationName(child(r.toObject(), "RangeVar"));
            if (isNew(table))
                continue;
            strongLock(table, false);
            report(QStringLiteral("truncating"), table, exclusive(table), false,
                   cascade ? tr("every row of %1 and of every table that refers to it by a foreign key").arg(table)
                           : tr("every row of %1").arg(table),
                   cascade ? tr("TRUNCATE … CASCADE empties %1 and, without naming them, every table with a foreign key to it.").arg(table)
                           : tr("TRUNCATE empties %1 for good once the migration commits.").arg(table),
                   tr("Name every table to empty and leave CASCADE out, so that PostgreSQL refuses when another table still "
                      "refers to it; keep a copy first if the rows might be needed."));
        }
    } else if (kind == QLatin1String("ReindexStmt")) {
        const bool concurrent = body.value(QLatin1String("concurrent")).toBool() || hasOption(list(body, "params"), "concurrently");
        if (!concurrent) {
            const QJsonObject relation = child(body, "relation");
            const QString object = relation.isEmpty() ? str(body, "name") : relationName(relation);
            strongLock(object, true);
            report(QStringLiteral("reindexing-blocking"), object,
                   tr("SHARE on the table (writes wait) and ACCESS EXCLUSIVE on each index rebuilt (queries using it wait)"), false,
                   QString(), tr("REINDEX without CONCURRENTLY blocks writes to the table until every index is rebuilt."),
                   atLeast(120000) ? tr("REINDEX … CONCURRENTLY (it cannot run inside a transaction; the runner sends it on its own).")
                                   : tr("Before PostgreSQL 12 there is no REINDEX CONCURRENTLY: CREATE INDEX CONCURRENTLY a twin, "
                                        "DROP INDEX CONCURRENTLY the old one and rename the twin."));
        }
    } else if (kind == QLatin1String("VacuumStmt") || kind == QLatin1String("ClusterStmt")) {
        const bool full = kind == QLatin1String("ClusterStmt") || hasOption(list(body, "options"), "full");
        if (!full)
            return;
        QStringList tables;
        if (kind == QLatin1String("ClusterStmt")) {
            tables << relationName(child(body, "relation"));
        } else {
            for (const QJsonValue &r : list(body, "rels"))
                tables << relationName(child(child(r.toObject(), "VacuumRelation"), "relation"));
        }
        const QString object = tables.join(QStringLiteral(", "));
        const QString shown = object.isEmpty() ? tr("every table of the database") : object;
        strongLock(shown, true);
        report(QStringLiteral("rewriting-table"), shown, exclusive(shown), true, QString(),
               tr("%1 writes %2 anew under ACCESS EXCLUSIVE: nobody can read or write it until the copy is done, and it "
                  "needs room for a second copy.")
                   .arg(kind == QLatin1String("ClusterStmt") ? QStringLiteral("CLUSTER") : QStringLiteral("VACUUM FULL"), shown),
               tr("Leave it to autovacuum, or use an online repacking tool such as pg_repack outside the migration."));
    } else if (kind == QLatin1String("RefreshMatViewStmt")) {
        if (!body.value(QLatin1String("concurrent")).toBool() && !body.value(QLatin1String("skipData")).toBool()) {
            const QString view = relationName(child(body, "relation"));
            if (isNew(view))
                return;
            strongLock(view, true);
            report(QStringLiteral("refreshing-view-blocking"), view, exclusive(view), true, QString(),
                   tr("REFRESH MATERIALIZED VIEW without CONCURRENTLY keeps every reader of %1 waiting until it is done.").arg(view),
                   tr("REFRESH MATERIALIZED VIEW CONCURRENTLY (the view needs a unique index on plain columns)."));
        }
    } else if (kind == QLatin1String("AlterEnumStmt")) {
        if (!body.contains(QLatin1String("oldVal")) && !atLeast(120000)) {
            const QString type = dottedNames(list(body, "typeName"));
            report(QStringLiteral("enum-value-in-transaction"), type, QString(), false, QString(),
                   tr("Before PostgreSQL 12, ALTER TYPE … ADD VALUE fails inside a transaction block, and each migration file "
                      "runs in one."),
                   tr("Give it a migration file of its own that runs outside a transaction (dbmate: \"-- migrate:up "
                      "transaction:false\"), or upgrade the server."));
        }
    } else if (kind == QLatin1String("DeleteStmt") || kind == QLatin1String("UpdateStmt")) {
        const QString table = relationName(child(body, "relation"));
        if (body.contains(QLatin1String("whereClause")) || isNew(table))
            return;
        const bool del = kind == QLatin1String("DeleteStmt");
        report(QStringLiteral("unfiltered-write"), table, tr("ROW EXCLUSIVE on %1, and a lock on every row until commit").arg(table),
               false, del ? tr("every row of %1").arg(table) : tr("the old values of the columns set, in every row of %1").arg(table),
               del ? tr("DELETE without WHERE removes every row of %1 and keeps them all locked until the migration commits.").arg(table)
                   : tr("UPDATE without WHERE changes every row of %1 in one transaction: every row stays locked until commit, and "
                        "the table doubles in size until vacuum.")
                         .arg(table),
               tr("Add the WHERE clause you mean; for a backfill, update in batches of a few thousand rows by key, each batch "
                  "committed on its own."));
    }
}

void Checker::createTable(const QJsonObject &create)
{
    const QString table = relationName(child(create, "relation"));
    created(table);
    QSet<QString> keyColumns;
    const QJsonArray elements = list(create, "tableElts");
    for (const QJsonValue &e : elements) {
        const QJsonObject c = child(e.toObject(), "Constraint");
        if (str(c, "contype") == QLatin1String("CONSTR_PRIMARY")) {
            for (const QJsonValue &k : list(c, "keys"))
                keyColumns.insert(str(child(k.toObject(), "String"), "sval"));
        }
    }
    for (const QJsonValue &e : elements) {
        const QJsonObject column = child(e.toObject(), "ColumnDef");
        if (!column.isEmpty())
            columnTypes(table, column, keyColumns.contains(str(column, "colname")) || hasConstraint(column, "CONSTR_PRIMARY"));
    }
}

void Checker::columnTypes(const QString &table, const QJsonObject &columnDef, bool primaryKey)
{
    const QString column = table + QLatin1Char('.') + str(columnDef, "colname");
    const QString type = typeName(columnDef);
    if (type == QLatin1String("bpchar")) {
        report(QStringLiteral("char-column"), column, QString(), false, QString(),
               tr("char(n) pads every value with blanks to its length, compares them oddly and is no faster than text."),
               tr("Use text, or varchar(n) when the length limit is a rule of the data (a CHECK on length() is easier to change)."));
    } else if (type == QLatin1String("timestamp")) {
        report(QStringLiteral("timestamp-without-time-zone"), column, QString(), false, QString(),
               tr("timestamp without time zone stores a wall-clock reading with no zone: values written from servers or "
                  "sessions in other zones, or across a change of daylight saving time, cannot be told apart."),
               tr("Use timestamptz: it stores an instant and shows it in each session's time zone."));
    }
    if (primaryKey && isNarrowInteger(type)) {
        report(QStringLiteral("integer-key"), column, QString(), false, QString(),
               tr("A %1 key runs out at %2 rows ever inserted; changing the type later rewrites the table and every table "
                  "that refers to it.")
                   .arg(type, type.contains(QLatin1String("2")) || type == QLatin1String("smallserial") ? QStringLiteral("32,767")
                                                                                                         : QStringLiteral("2,147,483,647")),
               tr("Use bigint GENERATED ALWAYS AS IDENTITY (or bigint with a sequence) from the start."));
    }
}

void Checker::alterTable(const QJsonObject &alter)
{
    const QString table = relationName(child(alter, "relation"));
    const bool existing = !isNew(table);
    bool locks = false;
    bool longHold = false;
    const qsizetype findingsBefore = m_report->findings.size();
    for (const QJsonValue &c : list(alter, "cmds")) {
        const QJsonObject cmd = child(c.toObject(), "AlterTableCmd");
        const QString subtype = str(cmd, "subtype");
        const QJsonObject def = child(cmd, "def");
        const QString column = table + QLatin1Char('.') + str(cmd, "name");
        locks = true;
        if (subtype == QLatin1String("AT_AddColumn")) {
            longHold = addColumn(table, child(def, "ColumnDef"), existing) || longHold;
        } else if (subtype == QLatin1String("AT_AddConstraint") && existing) {
            const QJsonObject constraint = child(def, "Constraint");
            const QString type = str(constraint, "contype");
            longHold = longHold || (constraint.value(QLatin1String("initially_valid")).toBool() && type != QLatin1String("CONSTR_NOTNULL"))
                       || type == QLatin1String("CONSTR_PRIMARY") || type == QLatin1String("CONSTR_UNIQUE");
            addConstraint(table, constraint);
        } else if (subtype == QLatin1String("AT_AlterColumnType")) {
            columnTypes(table, child(def, "ColumnDef").isEmpty() ? def : child(def, "ColumnDef"), false);
            if (!existing)
                continue;
            longHold = true;
            report(QStringLiteral("changing-column-type"), column, exclusive(table), true, QString(),
                   tr("Changing the type of %1 rewrites %2 and rebuilds its indexes under ACCESS EXCLUSIVE, unless the new "
                      "type is binary-compatible (varchar(n) to a longer varchar or to text): nobody reads or writes the "
                      "table meanwhile.")
                       .arg(column, table),
                   tr("Add a column of the new type, fill it in batches (a trigger keeps it current), switch the application "
                      "over, then drop the old column."));
        } else if (subtype == QLatin1String("AT_SetNotNull") && existing) {
            longHold = true;
            report(QStringLiteral("setting-not-null"), column, exclusive(table), false, QString(),
                   tr("SET NOT NULL reads every row of %1 under ACCESS EXCLUSIVE to check it: nobody reads or writes the "
                      "table meanwhile.")
                       .arg(table),
                   atLeast(120000)
                       ? tr("ADD CONSTRAINT … CHECK (%1 IS NOT NULL) NOT VALID, then VALIDATE CONSTRAINT (writes go on), then "
                            "SET NOT NULL, which uses the valid check instead of reading the table, then drop the check.")
                             .arg(str(cmd, "name"))
                       : tr("Before PostgreSQL 12 SET NOT NULL always reads the table: keep a CHECK (%1 IS NOT NULL) constraint "
                            "added NOT VALID and then validated instead.")
                             .arg(str(cmd, "name")));
        } else if (subtype == QLatin1String("AT_DropColumn") && existing) {
            report(QStringLiteral("dropping-column"), column, exclusive(table), false, tr("every value of %1").arg(column),
                   tr("Dropping %1 loses its data, and running code that still reads or writes it fails at once.").arg(column),
                   tr("Stop using the column in the application first, deploy, and drop it in a later migration."));
        } else if ((subtype == QLatin1String("AT_SetLogged") || subtype == QLatin1String("AT_SetUnLogged")
                    || subtype == QLatin1String("AT_SetTableSpace"))
                   && existing) {
            longHold = true;
            report(QStringLiteral("rewriting-table"), table, exclusive(table), true, QString(),
                   tr("This ALTER TABLE writes %1 anew under ACCESS EXCLUSIVE: nobody reads or writes it until the copy is done.")
                       .arg(table),
                   tr("Do it in a maintenance window, or build the new table beside the old one and switch over."));
        } else if (subtype == QLatin1String("AT_DetachPartition") && existing && !child(def, "PartitionCmd").value(QLatin1String("concurrent")).toBool()) {
            const QString partition = relationName(child(child(def, "PartitionCmd"), "name"));
            report(QStringLiteral("detaching-partition-blocking"), partition, exclusive(table), false, QString(),
                   tr("DETACH PARTITION without CONCURRENTLY takes ACCESS EXCLUSIVE on the partitioned table %1: every query "
                      "on any of its partitions waits.")
                       .arg(table),
                   atLeast(140000) ? tr("ALTER TABLE … DETACH PARTITION … CONCURRENTLY (outside a transaction; the runner sends it "
                                        "on its own).")
                                   : tr("Before PostgreSQL 14 there is no CONCURRENTLY here: detach when the table is quiet, with a "
                                        "short lock_timeout."));
        }
    }
    // Nearly every ALTER TABLE takes ACCESS EXCLUSIVE or SHARE ROW EXCLUSIVE, however briefly; on
    // a new table nobody waits.
    if (existing && locks) {
        // The timeouts are said first, as for the other statements.
        const qsizetype afterCommands = m_report->findings.size();
        strongLock(table, longHold);
        std::rotate(m_report->findings.begin() + findingsBefore, m_report->findings.begin() + afterCommands, m_report->findings.end());
    }
}

bool Checker::addColumn(const QString &table, const QJsonObject &columnDef, bool existing)
{
    const QString column = table + QLatin1Char('.') + str(columnDef, "colname");
    const bool primaryKey = hasConstraint(columnDef, "CONSTR_PRIMARY");
    columnTypes(table, columnDef, primaryKey);
    if (!existing)
        return false;
    const QString type = typeName(columnDef);
    const QJsonObject defaultValue = constraintOf(columnDef, "CONSTR_DEFAULT");
    const QJsonObject generated = constraintOf(columnDef, "CONSTR_GENERATED");
    const bool identity = hasConstraint(columnDef, "CONSTR_IDENTITY");
    const bool hasDefault = !defaultValue.isEmpty();
    if (hasConstraint(columnDef, "CONSTR_NOTNULL") && !hasDefault && generated.isEmpty() && !identity && !isSerial(type)) {
        report(QStringLiteral("adding-not-null-column"), column, exclusive(table), false, QString(),
               tr("A NOT NULL column without a default cannot be added to a table that has rows: the migration fails on any "
                  "real copy of %1.")
                   .arg(table),
               atLeast(110000) ? tr("Give the column a constant DEFAULT (from PostgreSQL 11 that costs no rewrite), or add it "
                                    "without NOT NULL, fill it in batches and then add NOT NULL as setting-not-null explains.")
                               : tr("Add it without NOT NULL, fill it in batches, then add NOT NULL as setting-not-null explains "
                                    "(before PostgreSQL 11 any default rewrites the table)."));
    }
    QString why;
    if (!generated.isEmpty())
        why = tr("a stored generated column is computed for every existing row");
    else if (identity || isSerial(type))
        why = tr("an identity or serial column takes a new sequence value for every existing row");
    else if (hasDefault && callsVolatileFunction(defaultValue.value(QLatin1String("raw_expr"))))
        why = tr("its default is volatile, so every existing row gets a value of its own");
    else if (hasDefault && !atLeast(110000))
        why = tr("before PostgreSQL 11 any default is written into every existing row");
    if (!why.isEmpty()) {
        report(QStringLiteral("adding-column-with-rewrite"), column, exclusive(table), true, QString(),
               tr("Adding %1 rewrites %2 under ACCESS EXCLUSIVE: %3. Nobody reads or writes the table meanwhile.").arg(column, table, why),
               tr("Add the column without the default (or with a constant one), fill it in batches, then set the default for "
                  "new rows."));
    }
    if (primaryKey || hasConstraint(columnDef, "CONSTR_UNIQUE")) {
        report(QStringLiteral("adding-unique-without-index"), column, exclusive(table), false, QString(),
               tr("The unique index for %1 is built under ACCESS EXCLUSIVE while the table is read.").arg(column),
               tr("Add the column, CREATE UNIQUE INDEX CONCURRENTLY on it, then ADD CONSTRAINT … UNIQUE (or PRIMARY KEY) "
                  "USING INDEX."));
    }
    return !why.isEmpty() || primaryKey || hasConstraint(columnDef, "CONSTR_UNIQUE");
}

void Checker::addConstraint(const QString &table, const QJsonObject &constraint)
{
    const QString type = str(constraint, "contype");
    const QString name = str(constraint, "conname");
    const QString object = name.isEmpty() ? table : table + QLatin1Char('.') + name;
    const bool validated = constraint.value(QLatin1String("initially_valid")).toBool();
    if (type == QLatin1String("CONSTR_FOREIGN") && validated) {
        const QString referenced = relationName(child(constraint, "pktable"));
        report(QStringLiteral("adding-foreign-key-validated"), object,
               tr("SHARE ROW EXCLUSIVE on %1 and %2").arg(table, referenced), false, QString(),
               tr("The foreign key is checked against every row of %1 while writes to %1 and %2 wait.").arg(table, referenced),
               tr("Add it with NOT VALID (new rows are checked at once), then ALTER TABLE … VALIDATE CONSTRAINT in a later "
                  "statement: validation takes only SHARE UPDATE EXCLUSIVE, and writes go on."));
    } else if (type == QLatin1String("CONSTR_CHECK") && validated) {
        report(QStringLiteral("adding-check-validated"), object, exclusive(table), false, QString(),
               tr("The check is tested on every row of %1 under ACCESS EXCLUSIVE: nobody reads or writes the table meanwhile.")
                   .arg(table),
               tr("Add it with NOT VALID, then ALTER TABLE … VALIDATE CONSTRAINT in a later statement (SHARE UPDATE EXCLUSIVE: "
                  "writes go on)."));
    } else if ((type == QLatin1String("CONSTR_PRIMARY") || type == QLatin1String("CONSTR_UNIQUE"))
               && str(constraint, "indexname").isEmpty()) {
        report(QStringLiteral("adding-unique-without-index"), object, exclusive(table), false, QString(),
               tr("The constraint's unique index is built under ACCESS EXCLUSIVE while %1 is read%2.")
                   .arg(table, type == QLatin1String("CONSTR_PRIMARY") ? tr(", and its columns are checked for nulls") : QString()),
               tr("CREATE UNIQUE INDEX CONCURRENTLY first, then ADD CONSTRAINT … %1 USING INDEX, which only takes the lock "
                  "for a moment.")
                   .arg(type == QLatin1String("CONSTR_PRIMARY") ? QStringLiteral("PRIMARY KEY") : QStringLiteral("UNIQUE")));
    }
}

void Checker::index(const QJsonObject &index)
{
    const QString table = relationName(child(index, "relation"));
    const QString name = str(index, "idxname");
    const bool concurrent = index.value(QLatin1String("concurrent")).toBool();
    if (isNew(table)) {
        if (!name.isEmpty())
            m_newIndexes.insert(name);
        return;
    }
    if (concurrent && index.value(QLatin1String("if_not_exists")).toBool()) {
        report(QStringLiteral("concurrent-index-if-not-exists"), name.isEmpty() ? table : name, QString(), false, QString(),
               tr("If an earlier CREATE INDEX CONCURRENTLY of this index failed, it left an INVALID index behind, and IF NOT "
                  "EXISTS then skips it silently: the index is never built."),
               tr("Drop IF NOT EXISTS, or DROP INDEX CONCURRENTLY IF EXISTS the same name first."));
    }
    if (!concurrent) {
        strongLock(table, true);
        report(QStringLiteral("creating-index-blocking-writes"), name.isEmpty() ? table : name, tr("SHARE on %1").arg(table), false,
               QString(), tr("CREATE INDEX without CONCURRENTLY blocks every write to %1 until the index is built.").arg(table),
               tr("CREATE INDEX CONCURRENTLY (it cannot run inside a transaction; the runner sends it on its own and reports an "
                  "INVALID index if it fails)."));
    }
}

void Checker::drop(const QJsonObject &drop)
{
    const QString type = str(drop, "removeType");
    const bool cascade = str(drop, "behavior") == QLatin1String("DROP_CASCADE");
    for (const QJsonValue &o : list(drop, "objects")) {
        const QJsonObject object = o.toObject();
        const QString name = object.contains(QLatin1String("List")) ? dottedNames(list(child(object, "List"), "items"))
                                                                    : str(child(object, "String"), "sval");
        if (type == QLatin1String("OBJECT_TABLE") && !isNew(name)) {
            strongLock(name, false);
            report(QStringLiteral("dropping-table"), name, exclusive(name), false,
                   cascade ? tr("every row of %1, and the views and keys that depend on it").arg(name) : tr("every row of %1").arg(name),
                   tr("DROP TABLE %1 loses its rows for good, and running code that uses it fails at once.").arg(name),
                   tr("Stop using the table in the application first; rename it aside (or keep a dump) and drop it in a later "
                      "migration."));
        } else if (type == QLatin1String("OBJECT_SCHEMA") && cascade) {
            report(QStringLiteral("dropping-table"), name, tr("ACCESS EXCLUSIVE on every table in %1").arg(name), false,
                   tr("every table of the schema %1 with its rows").arg(name),
                   tr("DROP SCHEMA … CASCADE removes every table in %1 without naming them.").arg(name),
                   tr("Drop the tables you mean by name, then the schema without CASCADE."));
        } else if (type == QLatin1String("OBJECT_INDEX") && !drop.value(QLatin1String("concurrent")).toBool()
                   && !m_newIndexes.contains(name) && !m_newIndexes.contains(name.section(QLatin1Char('.'), -1))) {
            strongLock(name, false);
            report(QStringLiteral("dropping-index-blocking"), name, tr("ACCESS EXCLUSIVE on the index's table"), false, QString(),
                   tr("DROP INDEX without CONCURRENTLY blocks every read and write of its table, and waits behind every query "
                      "running on it."),
                   tr("DROP INDEX CONCURRENTLY (outside a transaction; the runner sends it on its own)."));
        }
    }
}

void Checker::rename(const QJsonObject &rename)
{
    const QString type = str(rename, "renameType");
    static const QSet<QString> breaking = {QStringLiteral("OBJECT_TABLE"), QStringLiteral("OBJECT_COLUMN"),
                                           QStringLiteral("OBJECT_VIEW"), QStringLiteral("OBJECT_MATVIEW"),
                                           QStringLiteral("OBJECT_SCHEMA"), QStringLiteral("OBJECT_FUNCTION"),
                                           QStringLiteral("OBJECT_TYPE")};
    if (!breaking.contains(type))
        return;
    const QJsonObject relation = child(rename, "relation");
    const QJsonObject named = child(rename, "object");
    QString object = !relation.isEmpty() ? relationName(relation)
                     : named.contains(QLatin1String("List")) ? dottedNames(list(child(named, "List"), "items"))
                     : named.contains(QLatin1String("ObjectWithArgs")) ? dottedNames(list(child(named, "ObjectWithArgs"), "objname"))
                                                                        : str(rename, "subname");
    if (!relation.isEmpty() && isNew(object))
        return;
    if (type == QLatin1String("OBJECT_COLUMN"))
        object += QLatin1Char('.') + str(rename, "subname");
    if (!relation.isEmpty())
        strongLock(relationName(relation), false);
    report(QStringLiteral("renaming"), object, relation.isEmpty() ? QString() : exclusive(relationName(relation)), false, QString(),
           tr("Renaming %1 to %2 breaks every running query and deployed application that still uses the old name, the moment "
              "the migration commits.")
               .arg(object, str(rename, "newname")),
           tr("Rename in steps: add the new name beside the old (a view, or a column kept in step by a trigger), move the "
              "application over, then drop the old name."));
}

} // namespace

QString LintFinding::severityName(Severity severity)
{
    return severity == Severity::Danger ? QStringLiteral("danger") : QStringLiteral("advice");
}

QJsonObject LintFinding::toJson() const
{
    return {{QStringLiteral("rule"), rule},
            {QStringLiteral("severity"), severityName(severity)},
            {QStringLiteral("file"), fileName},
            {QStringLiteral("version"), version},
            {QStringLiteral("line"), line},
            {QStringLiteral("statement"), statement},
            {QStringLiteral("object"), object},
            {QStringLiteral("lock"), lock},
            {QStringLiteral("rewrite"), rewrite},
            {QStringLiteral("dataLoss"), dataLoss},
            {QStringLiteral("problem"), problem},
            {QStringLiteral("safer"), safer}};
}

QString LintFinding::toText() const
{
    QString text = QStringLiteral("%1:%2: %3 [%4]\n    %5\n    %6\n")
                       .arg(fileName)
                       .arg(line)
                       .arg(severity == Severity::Danger ? MigrationLinter::tr("danger") : MigrationLinter::tr("advice"), rule,
                            statement, problem);
    QStringList facts;
    if (!lock.isEmpty())
        facts << MigrationLinter::tr("lock: %1").arg(lock);
    if (rewrite)
        facts << MigrationLinter::tr("rewrites the table");
    if (!dataLoss.isEmpty())
        facts << MigrationLinter::tr("data lost: %1").arg(dataLoss);
    if (!facts.isEmpty())
        text += QStringLiteral("    ") + facts.join(QStringLiteral("; ")) + QLatin1Char('\n');
    text += MigrationLinter::tr("    Safer: %1\n").arg(safer);
    return text;
}

int LintReport::dangerCount() const
{
    return int(std::count_if(findings.begin(), findings.end(), [](const LintFinding &f) { return f.severity == Severity::Danger; }));
}

QJsonObject LintReport::toJson() const
{
    QJsonArray list;
    for (const LintFinding &f : findings)
        list.append(f.toJson());
    return {{QStringLiteral("findings"), list},
            {QStringLiteral("problems"), QJsonArray::fromStringList(problems)},
            {QStringLiteral("files"), files},
            {QStringLiteral("statements"), statements},
            {QStringLiteral("silenced"), silenced},
            {QStringLiteral("dangers"), dangerCount()}};
}

QString LintReport::toText() const
{
    QString text;
    for (const LintFinding &f : findings)
        text += f.toText();
    for (const QString &p : problems)
        text += p + QLatin1Char('\n');
    if (!findings.isEmpty() || !problems.isEmpty())
        text += QLatin1Char('\n');
    text += MigrationLinter::tr("Checked: files %1, statements %2. Findings: danger %3, advice %4, silenced %5.\n")
                .arg(files)
                .arg(statements)
                .arg(dangerCount())
                .arg(findings.size() - dangerCount())
                .arg(silenced);
    if (dangerCount() > 0 || findings.size() > dangerCount())
        text += MigrationLinter::tr("Silence a finding you accept with a comment before its statement: -- pixetric-lint: ignore RULE\n");
    return text;
}

QList<LintRule> MigrationLinter::rules()
{
    const Severity d = Severity::Danger;
    const Severity a = Severity::Advice;
    return {
        {QStringLiteral("adding-not-null-column"), d, tr("ADD COLUMN … NOT NULL without a default fails on a table with rows")},
        {QStringLiteral("adding-column-with-rewrite"), d,
         tr("ADD COLUMN with a volatile default, identity, serial or stored generated value (any default before 11) rewrites the table")},
        {QStringLiteral("setting-not-null"), d, tr("SET NOT NULL reads the whole table under ACCESS EXCLUSIVE")},
        {QStringLiteral("adding-foreign-key-validated"), d, tr("a foreign key without NOT VALID checks every row while writes wait")},
        {QStringLiteral("adding-check-validated"), d, tr("a CHECK without NOT VALID tests every row under ACCESS EXCLUSIVE")},
        {QStringLiteral("adding-unique-without-index"), d, tr("PRIMARY KEY or UNIQUE without USING INDEX builds its index under ACCESS EXCLUSIVE")},
        {QStringLiteral("creating-index-blocking-writes"), d, tr("CREATE INDEX without CONCURRENTLY blocks writes")},
        {QStringLiteral("dropping-index-blocking"), d, tr("DROP INDEX without CONCURRENTLY blocks reads and writes")},
        {QStringLiteral("reindexing-blocking"), d, tr("REINDEX without CONCURRENTLY blocks writes")},
        {QStringLiteral("changing-column-type"), d, tr("ALTER COLUMN … TYPE rewrites the table under ACCESS EXCLUSIVE")},
        {QStringLiteral("dropping-column"), d, tr("DROP COLUMN loses data and breaks code that uses it")},
        {QStringLiteral("dropping-table"), d, tr("DROP TABLE, or DROP SCHEMA … CASCADE, loses data")},
        {QStringLiteral("renaming"), d, tr("renaming a table, column, view, type or function breaks running code")},
        {QStringLiteral("truncating"), d, tr("TRUNCATE (above all with CASCADE) loses data")},
        {QStringLiteral("rewriting-table"), d, tr("VACUUM FULL, CLUSTER, SET LOGGED / UNLOGGED, SET TABLESPACE rewrite the table")},
        {QStringLiteral("refreshing-view-blocking"), d, tr("REFRESH MATERIALIZED VIEW without CONCURRENTLY blocks its readers")},
        {QStringLiteral("detaching-partition-blocking"), d, tr("DETACH PARTITION without CONCURRENTLY blocks the partitioned table")},
        {QStringLiteral("unfiltered-write"), d, tr("UPDATE or DELETE without WHERE touches every row in one transaction")},
        {QStringLiteral("enum-value-in-transaction"), d, tr("ALTER TYPE … ADD VALUE fails in a transaction before PostgreSQL 12")},
        {QStringLiteral("missing-lock-timeout"), d, tr("a statement takes a strong lock with no lock_timeout set")},
        {QStringLiteral("missing-statement-timeout"), a, tr("a statement holds a strong lock over a scan with no statement_timeout set")},
        {QStringLiteral("concurrent-index-if-not-exists"), a, tr("CREATE INDEX CONCURRENTLY IF NOT EXISTS skips an INVALID index left by a failure")},
        {QStringLiteral("char-column"), a, tr("char(n) columns: use text or varchar")},
        {QStringLiteral("timestamp-without-time-zone"), a, tr("timestamp without time zone: use timestamptz")},
        {QStringLiteral("integer-key"), a, tr("integer or serial primary keys run out: use bigint identity")},
    };
}

LintReport MigrationLinter::lint(const QList<MigrationFile> &files, const LintOptions &options)
{
    LintReport report;
    Checker checker(options, &report);
    for (const MigrationFile &f : files)
        checker.file(f);
    return report;
}

QString MigrationLinter::versionName(int serverVersion)
{
    const int major = serverVersion / 10000;
    if (major >= 10)
        return QStringLiteral("%1.%2").arg(major).arg(serverVersion % 10000);
    return QStringLiteral("%1.%2").arg(serverVersion / 10000).arg(serverVersion / 100 % 100);
}

} // namespace Pixetric
