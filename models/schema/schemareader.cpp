#include "schemareader.h"

#include "ddlsupport.h"
#include "namedsql.h"
#include "pgsession.h"

#include <QMutex>
#include <QRegularExpression>
#include <QSet>

namespace Pixetric {

namespace {

const QString sqlFile = QStringLiteral(":/sql/schema_catalog.sql");

// The statements that return objects, in the order they are read.
const char *const objectStatements[] = {
    "schemas", "extensions", "collations", "types", "sequences", "relations", "columns",
    "constraints", "indexes", "routines", "triggers", "event_triggers", "rules", "policies",
    "statistics", "publications", "foreign_data_wrappers", "foreign_servers", "user_mappings",
    "text_search_configurations", "text_search_dictionaries", "default_privileges",
};

// A one-dimensional text array as the server writes it ({a,"b c","say \"hi\"",NULL}):
// its elements, NULLs left out.
QStringList arrayElements(QByteArrayView text)
{
    QStringList items;
    if (text.size() < 2 || text.front() != '{' || text.back() != '}')
        return items;
    const qsizetype end = text.size() - 1;
    QByteArray item;
    for (qsizetype i = 1; i < end; ++i) { // i ends on the comma after each element
        item.clear();
        if (text.at(i) == '"') {
            for (++i; i < end && text.at(i) != '"'; ++i) {
                if (text.at(i) == '\\' && i + 1 < end)
                    ++i;
                item += text.at(i);
            }
            ++i;
            items << QString::fromUtf8(item);
            continue;
        }
        for (; i < end && text.at(i) != ','; ++i)
            item += text.at(i);
        if (item != "NULL")
            items << QString::fromUtf8(item);
    }
    return items;
}

// A catalog row as pg_depend names it.
struct CatalogRef
{
    quint32 classId = 0;
    quint32 objectId = 0;
    qint32 subId = 0;
    bool operator==(const CatalogRef &) const = default;
};

// Oids come in runs, which combining the plain numbers would pile into a few buckets: the
// three are mixed into one well-spread 64-bit value (splitmix64's finalizer).
size_t qHash(const CatalogRef &ref, size_t seed = 0)
{
    quint64 x = (quint64(ref.classId) << 32 | ref.objectId) ^ (quint64(quint32(ref.subId)) * 0x9E3779B97F4A7C15ULL);
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return size_t(x ^ (x >> 31)) ^ seed;
}

// Digits of an oid or a column number (the catalogs' text output), -1 for anything else.
qint64 number(QByteArrayView text)
{
    if (text.isEmpty())
        return -1;
    qint64 value = 0;
    bool negative = text.front() == '-';
    for (qsizetype i = negative ? 1 : 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (c < '0' || c > '9' || value > (qint64(1) << 40))
            return -1;
        value = value * 10 + (c - '0');
    }
    return negative ? -value : value;
}

// "classid/objid/objsubid" → the reference; false when the text is not one.
bool parseRef(QByteArrayView text, CatalogRef *ref)
{
    const qsizetype first = text.indexOf('/');
    const qsizetype second = first < 0 ? -1 : text.sliced(first + 1).indexOf('/');
    if (second < 0)
        return false;
    const qint64 classId = number(text.first(first));
    const qint64 objectId = number(text.sliced(first + 1, second));
    const qint64 subId = number(text.sliced(first + second + 2));
    if (classId < 0 || objectId < 0 || (subId < 0 && text.sliced(first + second + 2) != "-1"))
        return false;
    *ref = {quint32(classId), quint32(objectId), qint32(subId)};
    return true;
}

// What a column of an object statement holds (see the file's head): a part of the object's
// identity, or an attribute of the column's name.
struct StatementColumn
{
    enum class Role { Kind, Schema, Name, Table, Args, Refs, Attribute, Unknown };
    Role role = Role::Attribute;
    QString attribute;
    quint32 type = 0;
    int index = 0; // in the result
};

// One copy of each attribute name for all snapshots: the comparison then meets the same
// string on both sides, and equal names compare without reading their letters.
QString sharedName(const QString &name)
{
    static QMutex mutex;
    static QSet<QString> names;
    const QMutexLocker lock(&mutex);
    const auto it = names.constFind(name);
    return it != names.constEnd() ? *it : *names.insert(name);
}

QList<StatementColumn> statementColumns(const ResultColumns &columns)
{
    static const QHash<QString, StatementColumn::Role> identity = {
        {QStringLiteral("object_kind"), StatementColumn::Role::Kind},   {QStringLiteral("object_schema"), StatementColumn::Role::Schema},
        {QStringLiteral("object_name"), StatementColumn::Role::Name},   {QStringLiteral("object_table"), StatementColumn::Role::Table},
        {QStringLiteral("object_args"), StatementColumn::Role::Args},   {QStringLiteral("object_refs"), StatementColumn::Role::Refs},
    };
    QList<StatementColumn> result;
    result.reserve(columns.size());
    for (int i = 0; i < columns.size(); ++i) {
        const ColumnInfo &c = columns.at(i);
        StatementColumn column;
        column.type = c.typeOid;
        column.index = i;
        if (c.name.startsWith(QLatin1String("object_")))
            column.role = identity.value(c.name, StatementColumn::Role::Unknown);
        else
            column.attribute = sharedName(c.name);
        result.append(column);
    }
    // Identity first, then the attributes in name order: a row's attributes come out sorted.
    std::stable_sort(result.begin(), result.end(), [](const StatementColumn &a, const StatementColumn &b) {
        const bool x = a.role == StatementColumn::Role::Attribute;
        const bool y = b.role == StatementColumn::Role::Attribute;
        return x != y ? y : x && a.attribute < b.attribute;
    });
    return result;
}

// Where a column of the object's identity goes (kind: the tag, read into *kind).
QString *identityField(SchemaObject *object, QString *kind, StatementColumn::Role role)
{
    switch (role) {
    case StatementColumn::Role::Kind:
        return kind;
    case StatementColumn::Role::Schema:
        return &object->schema;
    case StatementColumn::Role::Name:
        return &object->name;
    case StatementColumn::Role::Table:
        return &object->table;
    case StatementColumn::Role::Args:
        return &object->args;
    default:
        return nullptr;
    }
}

constexpr quint32 textArrayOid = 1009;

// An attribute's value: a bool, a list (empty lists are "none" as much as nulls are) or text.
QVariant attributeValue(const ResultChunk &chunk, int row, int column, quint32 type)
{
    const QByteArrayView text = chunk.value(row, column);
    if (type == TypeOid::Bool)
        return text == "t";
    if (type == textArrayOid) {
        const QStringList items = arrayElements(text);
        return items.isEmpty() ? QVariant() : QVariant(items);
    }
    return QString::fromUtf8(text.data(), text.size());
}

// One aclitem as text ("grantee=arwd*/grantor", grantee empty for PUBLIC and quoted where
// needed) as the privileges it grants: "grantee=SELECT", "*" after a grantable one.
QStringList spellOut(const QString &item, const QString &prefix = {})
{
    static const QHash<QChar, QString> names = {
        {QLatin1Char('r'), QStringLiteral("SELECT")},     {QLatin1Char('w'), QStringLiteral("UPDATE")},
        {QLatin1Char('a'), QStringLiteral("INSERT")},     {QLatin1Char('d'), QStringLiteral("DELETE")},
        {QLatin1Char('D'), QStringLiteral("TRUNCATE")},   {QLatin1Char('x'), QStringLiteral("REFERENCES")},
        {QLatin1Char('t'), QStringLiteral("TRIGGER")},    {QLatin1Char('X'), QStringLiteral("EXECUTE")},
        {QLatin1Char('U'), QStringLiteral("USAGE")},      {QLatin1Char('C'), QStringLiteral("CREATE")},
        {QLatin1Char('c'), QStringLiteral("CONNECT")},    {QLatin1Char('T'), QStringLiteral("TEMPORARY")},
        {QLatin1Char('m'), QStringLiteral("MAINTAIN")},   {QLatin1Char('s'), QStringLiteral("SET")},
        {QLatin1Char('A'), QStringLiteral("ALTER SYSTEM")},
    };
    qsizetype i = 0;
    QString grantee;
    if (item.startsWith(QLatin1Char('"'))) {
        for (i = 1; i < item.size(); ++i) {
            if (item.at(i) == QLatin1Char('"')) {
                if (i + 1 < item.size() && item.at(i + 1) == QLatin1Char('"')) {
                    grantee += QLatin1Char('"');
                    ++i;
                    continue;
                }
                ++i;
                break;
            }
            grantee += item.at(i);
        }
    } else {
        i = item.indexOf(QLatin1Char('='));
        if (i < 0)
            return {};
        grantee = item.left(i);
    }
    if (grantee.isEmpty())
        grantee = QStringLiteral("PUBLIC");
    QStringList result;
    for (++i; i < item.size() && item.at(i) != QLatin1Char('/'); ++i) {
        const QString name = names.value(item.at(i));
        if (name.isEmpty())
            continue;
        const bool grantable = i + 1 < item.size() && item.at(i + 1) == QLatin1Char('*');
        result << prefix + grantee + QLatin1Char('=') + name + (grantable ? QStringLiteral("*") : QString());
    }
    return result;
}

QStringList spellOutAll(const QStringList &items)
{
    QStringList result;
    for (const QString &item : items)
        result << spellOut(item);
    result.sort();
    return result;
}

// "column aclitem" (a view's column privileges) as "column grantee=PRIVILEGE".
QStringList spellOutColumns(const QStringList &items)
{
    QStringList result;
    for (const QString &item : items) {
        const Ddl::NamedPart part = Ddl::splitLeadingIdentifier(item);
        result << spellOut(part.rest, part.name + QLatin1Char(' '));
    }
    result.sort();
    return result;
}

// Privileges ("grantee=PRIVILEGE", or "column grantee=PRIVILEGE" when perColumn) with the
// owner's written "(owner)", sorted.
QStringList ownerRelative(QStringList privileges, const QString &owner, bool perColumn)
{
    const QString prefix = owner + QLatin1Char('=');
    for (QString &p : privileges) {
        const Ddl::NamedPart part = perColumn ? Ddl::splitLeadingIdentifier(p) : Ddl::NamedPart{{}, p};
        if (part.rest.startsWith(prefix))
            p = (perColumn ? part.name + QLatin1Char(' ') : QString()) + QLatin1String("(owner)=") + part.rest.mid(prefix.size());
    }
    privileges.sort();
    return privileges;
}

} // namespace

SchemaReader::SchemaReader(PgSession *session)
    : m_session(session)
{
}

QString SchemaReader::failure(const QString &what) const
{
    const PgError &error = m_session->error();
    // 57P01-57P03: the server ended the session (terminated, shutting down, crashed).
    const bool ended = error.sqlState.startsWith(QLatin1String("57P0"));
    if (error.kind == PgError::Kind::ConnectionLost || !m_session->isOpen() || ended) {
        // libpq's text spans lines and ends with a full stop of its own.
        QString reason = error.message.simplified();
        while (reason.endsWith(QLatin1Char('.')))
            reason.chop(1);
        return tr("The connection to the server was lost while reading the schema (%1): %2. "
                  "Nothing was read; connect again and retry.")
            .arg(what, reason);
    }
    return tr("Could not read the schema (%1): %2").arg(what, m_session->errorText());
}

QString SchemaReader::statement(const QString &name, int serverVersion)
{
    const QHash<QString, QString> &statements = NamedSql::statements(sqlFile);
    QString sql = statements.value(name);
    for (int major = minimumServerVersion / 10000; major <= maximumServerVersion / 10000; ++major) {
        const QString variant = name + QLatin1Char('_') + QString::number(major);
        if (serverVersion < (major + 1) * 10000 && statements.contains(variant)) {
            sql = statements.value(variant);
            break;
        }
    }
    // The filters every statement shares (see the file's head).
    static const QRegularExpression userSchema(QStringLiteral("\\{\\{user schema (\\w+)\\}\\}"));
    static const QRegularExpression notFromExtension(QStringLiteral("\\{\\{not from an extension (\\w+) ([\\w.]+)\\}\\}"));
    sql.replace(userSchema, QStringLiteral("\\1.nspname NOT IN ('pg_catalog', 'information_schema') "
                                           "AND \\1.nspname !~ '^pg_(toast|temp_|toast_temp_)'"));
    sql.replace(notFromExtension, QStringLiteral("NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend xd "
                                                 "WHERE xd.classid = 'pg_catalog.\\1'::regclass AND xd.objid = \\2 "
                                                 "AND xd.deptype = 'e')"));
    // {{NN+ expression | fallback}}: the expression from major version NN on.
    static const QRegularExpression versioned(QStringLiteral("\\{\\{(\\d+)\\+ (.*?) \\| (.*?)\\}\\}"));
    QString expanded;
    qsizetype last = 0;
    for (auto it = versioned.globalMatch(sql); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        expanded += QStringView(sql).mid(last, m.capturedStart() - last);
        expanded += serverVersion >= m.captured(1).toInt() * 10000 ? m.captured(2) : m.captured(3);
        last = m.capturedEnd();
    }
    return last == 0 ? sql : expanded + QStringView(sql).mid(last);
}

QString SchemaReader::read(const ConnectionParams &params, SchemaSnapshot *snapshot)
{
    PgSession session;
    if (!session.open(params))
        return tr("Could not connect to %1: %2").arg(params.displayName(), session.errorText());
    SchemaReader reader(&session);
    return reader.read(snapshot);
}

QString SchemaReader::read(SchemaSnapshot *snapshot)
{
    if (!m_session || !m_session->isOpen())
        return tr("Not connected to a server: connect first, then read the schema.");

    const QString versionText = m_session->value(statement(QStringLiteral("server_version"), 0));
    if (m_session->error().isError())
        return failure(QStringLiteral("server_version"));
    const int version = versionText.toInt();
    if (version < minimumServerVersion || version > maximumServerVersion) {
        return tr("The server runs PostgreSQL %1; schema comparison supports versions 12 to 17.")
            .arg(version / 10000);
    }

    if (!m_session->query(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")))
        return failure(QStringLiteral("BEGIN"));
    // With an empty search path the server writes every name it prints (view queries,
    // defaults, types) with its schema, so definitions read the same wherever they are run.
    // Compiling these catalog queries with JIT would take longer than running them.
    if (!m_session->query(QStringLiteral("SELECT pg_catalog.set_config('search_path', '', true), "
                                         "pg_catalog.set_config('jit', 'off', true)"))) {
        const QString error = failure(QStringLiteral("search_path"));
        if (m_session->isOpen())
            m_session->query(QStringLiteral("ROLLBACK"));
        return error;
    }

    SchemaSnapshot result;
    result.serverVersionNum = version;
    // Catalog row → the object (its index in result.objects) it belongs to.
    QHash<CatalogRef, qsizetype> owners;
    QString error;

    auto run = [&](const QString &name, ResultColumns *columns, QList<ResultChunk> *chunks) {
        const QString sql = statement(name, version);
        if (sql.isEmpty()) {
            error = tr("The schema query \"%1\" is missing from the application's resources.").arg(name);
            return false;
        }
        if (!m_session->query(sql, columns, chunks)) {
            error = failure(name);
            return false;
        }
        return true;
    };

    for (const char *statementName : objectStatements) {
        const QString name = QString::fromLatin1(statementName);
        ResultColumns resultColumns;
        QList<ResultChunk> chunks;
        if (!run(name, &resultColumns, &chunks))
            break;
        const QList<StatementColumn> columns = statementColumns(resultColumns);
        for (const StatementColumn &column : columns) {
            if (column.role == StatementColumn::Role::Unknown)
                error = tr("The schema query \"%1\" returns a column the application does not know.").arg(name);
        }
        QList<AttributeMap::Entry> attributes; // one row's, reused
        for (const ResultChunk &chunk : std::as_const(chunks)) {
            for (int row = 0; row < chunk.rowCount() && error.isEmpty(); ++row) {
                SchemaObject object;
                QByteArrayView refs;
                QString kind;
                attributes.clear();
                for (const StatementColumn &column : columns) {
                    const int c = column.index;
                    if (chunk.isNull(row, c))
                        continue;
                    const QByteArrayView value = chunk.value(row, c);
                    if (column.role == StatementColumn::Role::Refs) {
                        refs = value;
                    } else if (column.role == StatementColumn::Role::Attribute) {
                        const QVariant attribute = attributeValue(chunk, row, c, column.type);
                        if (attribute.isValid())
                            attributes.append({column.attribute, attribute});
                    } else if (QString *field = identityField(&object, &kind, column.role)) {
                        *field = QString::fromUtf8(value.data(), value.size());
                    }
                }
                object.attrs = AttributeMap::fromSorted(attributes);
                if (!SchemaObject::kindFromTag(kind, &object.kind)) {
                    error = tr("The server's answer for %1 names an unknown kind of object (%2).").arg(name, kind);
                    break;
                }
                for (const QString &list : {QStringLiteral("privileges"), QStringLiteral("defaults")}) {
                    if (object.has(list))
                        object.attrs.insert(list, spellOutAll(object.list(list)));
                }
                if (object.has(QStringLiteral("columnPrivileges")))
                    object.attrs.insert(QStringLiteral("columnPrivileges"), spellOutColumns(object.list(QStringLiteral("columnPrivileges"))));
                // The owner's own privileges move with the owner (ALTER … OWNER TO): they are
                // compared as the owner's, whoever that is. So do those on a view's columns.
                if (object.has(QStringLiteral("owner"))) {
                    for (const QString &list : {QStringLiteral("privileges"), QStringLiteral("columnPrivileges")}) {
                        if (object.has(list))
                            object.attrs.insert(list, ownerRelative(object.list(list), object.attr(QStringLiteral("owner")),
                                                                    list == QLatin1String("columnPrivileges")));
                    }
                }
                object.cachedKey = object.computeKey();
                // {classid/objid/subid,…}, digits and slashes only; an objid of 0 is a
                // reference the object does not have.
                for (QByteArrayView items = refs.size() >= 2 ? refs.sliced(1, refs.size() - 2) : QByteArrayView();
                     !items.isEmpty();) {
                    const qsizetype comma = items.indexOf(',');
                    CatalogRef ref;
                    if (parseRef(comma < 0 ? items : items.first(comma), &ref) && ref.objectId != 0)
                        owners.insert(ref, result.objects.size());
                    items = comma < 0 ? QByteArrayView() : items.sliced(comma + 1);
                }
                result.objects.append(std::move(object));
            }
        }
        if (!error.isEmpty())
            break;
    }

    // What an extension brought belongs to the extension.
    if (error.isEmpty()) {
        QHash<QString, qsizetype> extensions;
        for (qsizetype i = 0; i < result.objects.size(); ++i) {
            if (result.objects.at(i).kind == ObjectKind::Extension)
                extensions.insert(result.objects.at(i).name, i);
        }
        ResultColumns columns;
        QList<ResultChunk> chunks;
        if (run(QStringLiteral("extension_members"), &columns, &chunks)) {
            for (const ResultChunk &chunk : std::as_const(chunks)) {
                for (int row = 0; row < chunk.rowCount(); ++row) {
                    CatalogRef ref;
                    const QByteArrayView extension = chunk.value(row, 1);
                    const auto it = extensions.constFind(QString::fromUtf8(extension.data(), extension.size()));
                    if (parseRef(chunk.value(row, 0), &ref) && it != extensions.constEnd())
                        owners.insert(ref, *it);
                }
            }
        }
    }

    QList<ResultChunk> dependencies;
    if (error.isEmpty()) {
        ResultColumns columns;
        run(QStringLiteral("dependencies"), &columns, &dependencies);
    }

    if (!error.isEmpty()) {
        // Leaves the session usable when it is still there; a lost connection has no
        // transaction left to end.
        if (m_session->isOpen())
            m_session->query(QStringLiteral("ROLLBACK"));
        return error;
    }
    if (!m_session->query(QStringLiteral("COMMIT")))
        return failure(QStringLiteral("COMMIT"));

    // A reference to a column the snapshot does not hold (a view's) is one to its relation.
    auto ownerOf = [&owners](CatalogRef ref) {
        auto it = owners.constFind(ref);
        if (it == owners.constEnd() && ref.subId != 0)
            it = owners.constFind({ref.classId, ref.objectId, 0});
        return it == owners.constEnd() ? qsizetype(-1) : *it;
    };
    for (const ResultChunk &chunk : std::as_const(dependencies)) {
        for (int row = 0; row < chunk.rowCount(); ++row) {
            qint64 part[6];
            for (int c = 0; c < 6; ++c)
                part[c] = number(chunk.value(row, c));
            const qsizetype from = ownerOf({quint32(part[0]), quint32(part[1]), qint32(part[2])});
            const qsizetype to = ownerOf({quint32(part[3]), quint32(part[4]), qint32(part[5])});
            if (from < 0 || to < 0 || from == to)
                continue;
            SchemaObject &dependent = result.objects[from];
            const SchemaObject &needed = result.objects.at(to);
            // OWNED BY: the sequence comes first, the column's default needs it.
            if (chunk.value(row, 6) == "a" && dependent.kind == ObjectKind::Sequence && needed.kind == ObjectKind::Column)
                continue;
            dependent.dependsOn.append(needed.cachedKey);
        }
    }

    // Tables by qualified name, for what their columns need of them.
    QHash<QString, qsizetype> tableAt;
    for (qsizetype i = 0; i < result.objects.size(); ++i) {
        const SchemaObject &o = result.objects.at(i);
        if (o.kind == ObjectKind::Table || o.kind == ObjectKind::ForeignTable)
            tableAt.insert(SchemaObject::qualify(o.schema, o.name), i);
    }

    // A column's grants to its table's owner move with the owner too.
    for (SchemaObject &o : result.objects) {
        if (o.kind != ObjectKind::Column || !o.has(QStringLiteral("privileges")))
            continue;
        const qsizetype table = tableAt.value(o.qualifiedTable(), -1);
        const QString owner = table < 0 ? QString() : result.objects.at(table).attr(QStringLiteral("owner"));
        o.attrs.insert(QStringLiteral("privileges"), ownerRelative(o.list(QStringLiteral("privileges")), owner, false));
    }

    // A child table needs its parents' columns: it inherits them, and it must let go of a
    // parent (NO INHERIT) before a column of the parent is dropped.
    QList<std::pair<qsizetype, qsizetype>> childOf; // (child, parent)
    QHash<qsizetype, QStringList> columnsOfParent;
    for (qsizetype i = 0; i < result.objects.size(); ++i) {
        const SchemaObject &o = result.objects.at(i);
        if (o.kind != ObjectKind::Table && o.kind != ObjectKind::ForeignTable)
            continue;
        QStringList parents = o.list(QStringLiteral("inherits"));
        if (o.has(QStringLiteral("partitionOf")))
            parents << o.attr(QStringLiteral("partitionOf"));
        for (const QString &parent : std::as_const(parents)) {
            const QStringList parts = Ddl::splitIdentifiers(parent);
            const qsizetype at = parts.size() == 2 ? tableAt.value(SchemaObject::qualify(parts.at(0), parts.at(1)), -1) : -1;
            if (at >= 0) {
                childOf.append({i, at});
                columnsOfParent.insert(at, {});
            }
        }
    }
    if (!columnsOfParent.isEmpty()) {
        for (const SchemaObject &o : std::as_const(result.objects)) {
            if (o.kind != ObjectKind::Column)
                continue;
            const auto it = columnsOfParent.find(tableAt.value(o.qualifiedTable(), -1));
            if (it != columnsOfParent.end())
                it->append(o.cachedKey);
        }
    }
    for (const auto &[child, parent] : std::as_const(childOf))
        result.objects[child].dependsOn << columnsOfParent.value(parent);

    result.rebuildIndex();
    *snapshot = result;
    return {};
}

} // namespace Pixetric
