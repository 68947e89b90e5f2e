#include "schemasnapshot.h"

#include <algorithm>

namespace Pixetric {

namespace {

// PostgreSQL's reserved key words (category R in the documentation's key word appendix, which
// quote_ident quotes). Non-reserved words need no quotes.
bool isReservedWord(const QString &word)
{
    static const QStringList reserved = {
        QStringLiteral("all"), QStringLiteral("analyse"), QStringLiteral("analyze"),
        QStringLiteral("and"), QStringLiteral("any"), QStringLiteral("array"), QStringLiteral("as"),
        QStringLiteral("asc"), QStringLiteral("asymmetric"), QStringLiteral("authorization"),
        QStringLiteral("binary"), QStringLiteral("both"), QStringLiteral("case"), QStringLiteral("cast"),
        QStringLiteral("check"), QStringLiteral("collate"), QStringLiteral("collation"),
        QStringLiteral("column"), QStringLiteral("concurrently"), QStringLiteral("constraint"),
        QStringLiteral("create"), QStringLiteral("cross"), QStringLiteral("current_catalog"),
        QStringLiteral("current_date"), QStringLiteral("current_role"), QStringLiteral("current_schema"),
        QStringLiteral("current_time"), QStringLiteral("current_timestamp"), QStringLiteral("current_user"),
        QStringLiteral("default"), QStringLiteral("deferrable"), QStringLiteral("desc"),
        QStringLiteral("distinct"), QStringLiteral("do"), QStringLiteral("else"), QStringLiteral("end"),
        QStringLiteral("except"), QStringLiteral("false"), QStringLiteral("fetch"), QStringLiteral("for"),
        QStringLiteral("foreign"), QStringLiteral("freeze"), QStringLiteral("from"), QStringLiteral("full"),
        QStringLiteral("grant"), QStringLiteral("group"), QStringLiteral("having"), QStringLiteral("ilike"),
        QStringLiteral("in"), QStringLiteral("initially"), QStringLiteral("inner"), QStringLiteral("intersect"),
        QStringLiteral("into"), QStringLiteral("is"), QStringLiteral("isnull"), QStringLiteral("join"),
        QStringLiteral("lateral"), QStringLiteral("leading"), QStringLiteral("left"), QStringLiteral("like"),
        QStringLiteral("limit"), QStringLiteral("localtime"), QStringLiteral("localtimestamp"),
        QStringLiteral("natural"), QStringLiteral("not"), QStringLiteral("notnull"), QStringLiteral("null"),
        QStringLiteral("offset"), QStringLiteral("on"), QStringLiteral("only"), QStringLiteral("or"),
        QStringLiteral("order"), QStringLiteral("outer"), QStringLiteral("overlaps"), QStringLiteral("placing"),
        QStringLiteral("primary"), QStringLiteral("references"), QStringLiteral("returning"),
        QStringLiteral("right"), QStringLiteral("select"), QStringLiteral("session_user"),
        QStringLiteral("similar"), QStringLiteral("some"), QStringLiteral("symmetric"),
        QStringLiteral("system_user"), QStringLiteral("table"), QStringLiteral("tablesample"),
        QStringLiteral("then"), QStringLiteral("to"), QStringLiteral("trailing"), QStringLiteral("true"),
        QStringLiteral("union"), QStringLiteral("unique"), QStringLiteral("user"), QStringLiteral("using"),
        QStringLiteral("variadic"), QStringLiteral("verbose"), QStringLiteral("when"), QStringLiteral("where"),
        QStringLiteral("window"), QStringLiteral("with"),
    };
    return reserved.contains(word);
}

template<typename T>
const T *at(const QList<T> &list, const QHash<QString, qsizetype> &index, const QString &key)
{
    const auto it = index.constFind(key);
    return it == index.constEnd() ? nullptr : &list.at(*it);
}

} // namespace

const TableColumn *TableInfo::column(const QString &columnName) const
{
    for (const TableColumn &c : columns) {
        if (c.name == columnName)
            return &c;
    }
    return nullptr;
}

QString SchemaSnapshot::quoteIdentifier(const QString &identifier)
{
    bool plain = !identifier.isEmpty()
                 && (identifier.at(0) == QLatin1Char('_')
                     || (identifier.at(0) >= QLatin1Char('a') && identifier.at(0) <= QLatin1Char('z')));
    for (const QChar c : identifier) {
        if (!plain)
            break;
        plain = c == QLatin1Char('_') || (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
                || (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
    }
    if (plain && !isReservedWord(identifier))
        return identifier;
    QString quoted = identifier;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString SchemaSnapshot::qualifiedName(const QString &schema, const QString &name)
{
    return quoteIdentifier(schema) + QLatin1Char('.') + quoteIdentifier(name);
}

QString SchemaSnapshot::key(const QString &a, const QString &b, const QString &c)
{
    // Identifiers never contain NUL, so it separates the parts unambiguously.
    return a + QChar(0) + b + QChar(0) + c;
}

const SchemaInfo *SchemaSnapshot::schema(const QString &name) const
{
    const auto it = std::find_if(schemas.cbegin(), schemas.cend(),
                                 [&](const SchemaInfo &s) { return s.name == name; });
    return it == schemas.cend() ? nullptr : &*it;
}

const ExtensionInfo *SchemaSnapshot::extension(const QString &name) const
{
    const auto it = std::find_if(extensions.cbegin(), extensions.cend(),
                                 [&](const ExtensionInfo &e) { return e.name == name; });
    return it == extensions.cend() ? nullptr : &*it;
}

const TypeInfo *SchemaSnapshot::type(const QString &schemaName, const QString &name) const
{
    return at(types, m_types, key(schemaName, name));
}

const SequenceInfo *SchemaSnapshot::sequence(const QString &schemaName, const QString &name) const
{
    return at(sequences, m_sequences, key(schemaName, name));
}

const TableInfo *SchemaSnapshot::table(const QString &schemaName, const QString &name) const
{
    return at(tables, m_tables, key(schemaName, name));
}

const TableInfo *SchemaSnapshot::table(const QString &qualified) const
{
    const auto it = std::find_if(tables.cbegin(), tables.cend(), [&](const TableInfo &t) {
        return qualifiedName(t.schema, t.name) == qualified;
    });
    return it == tables.cend() ? nullptr : &*it;
}

const ViewInfo *SchemaSnapshot::view(const QString &schemaName, const QString &name) const
{
    return at(views, m_views, key(schemaName, name));
}

const ConstraintInfo *SchemaSnapshot::constraint(const QString &schemaName, const QString &tableName,
                                                 const QString &name) const
{
    return at(constraints, m_constraints, key(schemaName, tableName, name));
}

const IndexInfo *SchemaSnapshot::index(const QString &schemaName, const QString &name) const
{
    return at(indexes, m_indexes, key(schemaName, name));
}

void SchemaSnapshot::rebuildIndex()
{
    m_types.clear();
    m_sequences.clear();
    m_tables.clear();
    m_views.clear();
    m_constraints.clear();
    m_indexes.clear();
    for (qsizetype i = 0; i < types.size(); ++i)
        m_types.insert(key(types.at(i).schema, types.at(i).name), i);
    for (qsizetype i = 0; i < sequences.size(); ++i)
        m_sequences.insert(key(sequences.at(i).schema, sequences.at(i).name), i);
    for (qsizetype i = 0; i < tables.size(); ++i)
        m_tables.insert(key(tables.at(i).schema, tables.at(i).name), i);
    for (qsizetype i = 0; i < views.size(); ++i)
        m_views.insert(key(views.at(i).schema, views.at(i).name), i);
    for (qsizetype i = 0; i < constraints.size(); ++i) {
        const ConstraintInfo &c = constraints.at(i);
        m_constraints.insert(key(c.schema, c.table, c.name), i);
    }
    for (qsizetype i = 0; i < indexes.size(); ++i)
        m_indexes.insert(key(indexes.at(i).schema, indexes.at(i).name), i);
}

bool SchemaSnapshot::isEmpty() const
{
    return schemas.isEmpty() && extensions.isEmpty() && types.isEmpty() && sequences.isEmpty()
           && tables.isEmpty() && constraints.isEmpty() && indexes.isEmpty() && views.isEmpty();
}

void SchemaSnapshot::clear()
{
    *this = SchemaSnapshot();
}

bool SchemaSnapshot::operator==(const SchemaSnapshot &other) const
{
    return serverVersionNum == other.serverVersionNum && schemas == other.schemas
           && extensions == other.extensions && types == other.types && sequences == other.sequences
           && tables == other.tables && constraints == other.constraints && indexes == other.indexes
           && views == other.views;
}

} // namespace Pixetric
