#include "migrationscript.h"

#include "statementsplitter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <pg_query.h>

#include <algorithm>

namespace Pixetric {

namespace {


bool hasConcurrentlyOption(const QJsonObject &reindex)
{
    const QJsonArray params = reindex.value(QLatin1String("params")).toArray();
    return std::any_of(params.begin(), params.end(), [](const QJsonValue &p) {
        return p.toObject().value(QLatin1String("DefElem")).toObject().value(QLatin1String("defname")).toString()
               == QLatin1String("concurrently");
    });
}

bool detachesConcurrently(const QJsonObject &alter)
{
    const QJsonArray cmds = alter.value(QLatin1String("cmds")).toArray();
    return std::any_of(cmds.begin(), cmds.end(), [](const QJsonValue &c) {
        const QJsonObject def = c.toObject().value(QLatin1String("AlterTableCmd")).toObject().value(QLatin1String("def")).toObject();
        return def.value(QLatin1String("PartitionCmd")).toObject().value(QLatin1String("concurrent")).toBool();
    });
}

bool refusedInTransaction(const QJsonObject &node)
{
    if (node.isEmpty())
        return false;
    const QString kind = node.keys().value(0);
    const QJsonObject body = node.value(kind).toObject();
    if (kind == QLatin1String("IndexStmt") || kind == QLatin1String("DropStmt"))
        return body.value(QLatin1String("concurrent")).toBool();
    if (kind == QLatin1String("ReindexStmt"))
        return hasConcurrentlyOption(body) || body.value(QLatin1String("concurrent")).toBool();
    if (kind == QLatin1String("VacuumStmt"))
        return body.value(QLatin1String("is_vacuumcmd")).toBool();
    if (kind == QLatin1String("AlterTableStmt"))
        return detachesConcurrently(body);
    static const QStringList never = {QStringLiteral("CreatedbStmt"),         QStringLiteral("DropdbStmt"),
                                      QStringLiteral("CreateTableSpaceStmt"), QStringLiteral("DropTableSpaceStmt"),
                                      QStringLiteral("AlterSystemStmt"),      QStringLiteral("CreateSubscriptionStmt"),
                                      QStringLiteral("DropSubscriptionStmt")};
    return never.contains(kind);
}

} // namespace

MigrationScript MigrationScript::analyze(const QString &sql, int firstLine)
{
    MigrationScript script;
    const SplitResult split = StatementSplitter::split(sql);
    script.parsed = split.parsed;
    script.syntaxError = split.syntaxError;
    for (const SqlStatement &s : split.statements) {
        MigrationStatement m;
        m.sql = s.text;
        m.line = firstLine + int(QStringView(sql).left(s.begin).count(QLatin1Char('\n')));
        const QJsonObject node = parseTree(s.text);
        m.outsideTransaction = refusedInTransaction(node);
        m.transactionControl = node.contains(QLatin1String("TransactionStmt"));
        script.statements << m;
    }
    return script;
}

QJsonObject MigrationScript::parseTree(const QString &sql)
{
    const QByteArray utf8 = sql.toUtf8();
    PgQueryParseResult result = pg_query_parse(utf8.constData());
    QJsonObject node;
    if (!result.error && result.parse_tree) {
        const QJsonArray stmts = QJsonDocument::fromJson(QByteArray(result.parse_tree)).object().value(QLatin1String("stmts")).toArray();
        if (!stmts.isEmpty())
            node = stmts.first().toObject().value(QLatin1String("stmt")).toObject();
    }
    pg_query_free_parse_result(result);
    return node;
}

bool MigrationScript::fitsOneTransaction() const
{
    return std::none_of(statements.begin(), statements.end(),
                        [](const MigrationStatement &s) { return s.outsideTransaction || s.transactionControl; });
}

} // namespace Pixetric
