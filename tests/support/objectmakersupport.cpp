#include "objectmakersupport.h"

namespace Pixetric::Test::Maker {

const QStringList relationWords = {QStringLiteral("orders"),  QStringLiteral("Line Items"), QStringLiteral("select"),
                                   QStringLiteral("tëst"),    QStringLiteral("名前"),       QStringLiteral("a.b"),
                                   QStringLiteral("q\"t"),    QStringLiteral("MiXed"),      QStringLiteral("user"),
                                   QStringLiteral("таблица"), QStringLiteral("with space")};
const QStringList columnWords = {QStringLiteral("id"),     QStringLiteral("name"),   QStringLiteral("Value"),
                                 QStringLiteral("created at"), QStringLiteral("order"), QStringLiteral("ünit"),
                                 QStringLiteral("x.y"),    QStringLiteral("col\"q"), QStringLiteral("amount"),
                                 QStringLiteral("类型"),   QStringLiteral("group"),  QStringLiteral("CamelCase")};
const QStringList constraintWords = {QStringLiteral("pk"), QStringLiteral("Key"), QStringLiteral("uq"), QStringLiteral("check"),
                                     QStringLiteral("fk.ref"), QStringLiteral("ключ")};
const QStringList indexWords = {QStringLiteral("ix"), QStringLiteral("Index Of"), QStringLiteral("idx.dot"), QStringLiteral("index")};
const QStringList otherWords = {QStringLiteral("trg"), QStringLiteral("On Change"), QStringLiteral("rule.r"), QStringLiteral("policy"),
                                QStringLiteral("ёж")};

bool isTable(const GeneratedItem &o)
{
    return o.kind == GeneratedKind::Table || o.kind == GeneratedKind::PartitionedTable || o.kind == GeneratedKind::ChildTable;
}

bool comparable(const QString &family)
{
    return family != QLatin1String("json") && family != QLatin1String("composite");
}

bool hasEquality(const QString &family)
{
    return comparable(family) && family != QLatin1String("citext") && family != QLatin1String("hstore");
}

bool builtinType(const QString &type)
{
    return !type.contains(QLatin1Char('.')) && !type.contains(QLatin1Char('"'));
}

bool accepts(const QString &argument, const QString &type)
{
    static const QStringList integers = {QStringLiteral("smallint"), QStringLiteral("integer"), QStringLiteral("bigint")};
    if (argument == type)
        return true;
    if (integers.contains(argument) && integers.contains(type))
        return integers.indexOf(type) <= integers.indexOf(argument);
    if (argument == QLatin1String("numeric"))
        return integers.contains(type) || type.startsWith(QLatin1String("numeric"));
    return argument == QLatin1String("text") && type.startsWith(QLatin1String("character varying"));
}

bool builtinText(const GeneratedColumnRef &c)
{
    return c.family == QLatin1String("text") && c.collation.isEmpty()
           && (c.type == QLatin1String("text") || c.type.startsWith(QLatin1String("character varying")));
}

} // namespace Pixetric::Test::Maker
