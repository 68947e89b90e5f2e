#include "schemareader.h"

#include "ddlsupport.h"
#include "namedsql.h"
#include "pgsession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QRegularExpression>

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

QVariant attributeValue(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Bool:
        return v.toBool();
    case QJsonValue::Double:
        return QString::number(v.toDouble(), 'g', 17);
    case QJsonValue::Array: {
        QStringList list;
        const QJsonArray array = v.toArray();
        list.reserve(array.size());
        for (const QJsonValue &item : array) {
            if (item.isString())
                list.append(item.toString());
            else if (!item.isNull())
                list.append(QString::fromUtf8(QJsonDocument(QJsonArray{item}).toJson(QJsonDocument::Compact)));
        }
        return list;
    }
    default:
        return {};
    }
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
    // Catalog row ("classid/objid/objsubid") → identity key of the object it belongs to.
    QHash<QString, QString> owners;
    QString error;

    auto run = [&](const QString &name, QList<QStringList> *rows) {
        const QString sql = statement(name, version);
        if (sql.isEmpty()) {
            error = tr("The schema query \"%1\" is missing from the application's resources.").arg(name);
            return false;
        }
        if (!m_session->query(sql, rows)) {
            error = failure(name);
            return false;
        }
        return true;
    };
    auto parse = [&](const QString &name, const QString &text, QJsonObject *object) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            error = tr("The server's answer for %1 could not be read: %2.").arg(name, parseError.errorString());
            return false;
        }
        *object = document.object();
        return true;
    };

    for (const char *statementName : objectStatements) {
        const QString name = QString::fromLatin1(statementName);
        QList<QStringList> rows;
        if (!run(name, &rows))
            break;
        result.objects.reserve(result.objects.size() + rows.size());
        for (const QStringList &row : std::as_const(rows)) {
            QJsonObject o;
            if (!parse(name, row.value(0), &o))
                break;
            SchemaObject object;
            if (!SchemaObject::kindFromTag(o.value(QLatin1String("kind")).toString(), &object.kind)) {
                error = tr("The server's answer for %1 names an unknown kind of object (%2).")
                            .arg(name, o.value(QLatin1String("kind")).toString());
                break;
            }
            object.schema = o.value(QLatin1String("schema")).toString();
            object.name = o.value(QLatin1String("name")).toString();
            object.table = o.value(QLatin1String("table")).toString();
            object.args = o.value(QLatin1String("args")).toString();
            const QJsonObject attrs = o.value(QLatin1String("attrs")).toObject();
            for (auto it = attrs.constBegin(); it != attrs.constEnd(); ++it) {
                const QVariant value = attributeValue(it.value());
                // Empty lists are "none" as much as nulls are.
                if (value.isValid() && !(value.userType() == QMetaType::QStringList && value.toStringList().isEmpty()))
                    object.attrs.insert(it.key(), value);
            }
            for (const QString &name : {QStringLiteral("privileges"), QStringLiteral("defaults")}) {
                if (object.has(name))
                    object.attrs.insert(name, spellOutAll(object.list(name)));
            }
            if (object.has(QStringLiteral("columnPrivileges")))
                object.attrs.insert(QStringLiteral("columnPrivileges"), spellOutColumns(object.list(QStringLiteral("columnPrivileges"))));
            // The owner's own privileges move with the owner (ALTER … OWNER TO): they are
            // compared as the owner's, whoever that is. So do those on a view's columns.
            if (object.has(QStringLiteral("owner"))) {
                for (const QString &name : {QStringLiteral("privileges"), QStringLiteral("columnPrivileges")}) {
                    if (object.has(name))
                        object.attrs.insert(name, ownerRelative(object.list(name), object.attr(QStringLiteral("owner")),
                                                                name == QLatin1String("columnPrivileges")));
                }
            }
            object.cachedKey = object.computeKey();
            const QJsonArray refs = o.value(QLatin1String("refs")).toArray();
            for (const QJsonValue &ref : refs) {
                const QString text = ref.toString();
                // "classid/0/sub": a reference the object does not have.
                if (!text.isEmpty() && !text.contains(QLatin1String("/0/")))
                    owners.insert(text, object.cachedKey);
            }
            result.objects.append(object);
        }
        if (!error.isEmpty())
            break;
    }

    if (error.isEmpty()) {
        QList<QStringList> rows;
        if (run(QStringLiteral("extension_members"), &rows)) {
            for (const QStringList &row : std::as_const(rows)) {
                QJsonObject o;
                if (!parse(QStringLiteral("extension_members"), row.value(0), &o))
                    break;
                owners.insert(o.value(QLatin1String("ref")).toString(),
                              SchemaObject::makeKey(ObjectKind::Extension, {}, o.value(QLatin1String("extension")).toString()));
            }
        }
    }

    QString dependencies;
    if (error.isEmpty()) {
        dependencies = m_session->value(statement(QStringLiteral("dependencies"), version));
        if (m_session->error().isError())
            error = failure(QStringLiteral("dependencies"));
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
    auto ownerOf = [&owners](const QString &ref) {
        const auto it = owners.constFind(ref);
        if (it != owners.constEnd())
            return *it;
        const qsizetype slash = ref.lastIndexOf(QLatin1Char('/'));
        return owners.value(ref.left(slash) + QLatin1String("/0"));
    };
    QHash<QString, qsizetype> byKey;
    byKey.reserve(result.objects.size());
    for (qsizetype i = 0; i < result.objects.size(); ++i)
        byKey.insert(result.objects.at(i).cachedKey, i);
    const QString columnTag = SchemaObject::kindTag(ObjectKind::Column) + QLatin1Char(' ');
    const QString sequenceTag = SchemaObject::kindTag(ObjectKind::Sequence) + QLatin1Char(' ');
    for (QStringView line : QStringView(dependencies).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const auto parts = line.split(QLatin1Char(' '));
        if (parts.size() != 3)
            continue;
        const QString from = ownerOf(parts.at(0).toString());
        const QString to = ownerOf(parts.at(1).toString());
        if (from.isEmpty() || to.isEmpty() || from == to)
            continue;
        // OWNED BY: the sequence comes first, the column's default needs it.
        if (parts.at(2) == QLatin1String("a") && from.startsWith(sequenceTag) && to.startsWith(columnTag))
            continue;
        const auto it = byKey.constFind(from);
        if (it != byKey.constEnd())
            result.objects[*it].dependsOn.append(to);
    }

    // A column's grants to its table's owner move with the owner too.
    QHash<QString, QString> ownerOfTable;
    for (const SchemaObject &o : std::as_const(result.objects)) {
        if (o.kind == ObjectKind::Table || o.kind == ObjectKind::ForeignTable)
            ownerOfTable.insert(SchemaObject::qualify(o.schema, o.name), o.attr(QStringLiteral("owner")));
    }
    for (SchemaObject &o : result.objects) {
        if (o.kind == ObjectKind::Column && o.has(QStringLiteral("privileges")))
            o.attrs.insert(QStringLiteral("privileges"),
                           ownerRelative(o.list(QStringLiteral("privileges")), ownerOfTable.value(o.qualifiedTable()), false));
    }

    // A child table needs its parents' columns: it inherits them, and it must let go of a
    // parent (NO INHERIT) before a column of the parent is dropped.
    QHash<QString, QStringList> columnsOfTable;
    for (const SchemaObject &o : std::as_const(result.objects)) {
        if (o.kind == ObjectKind::Column)
            columnsOfTable[SchemaObject::makeKey(ObjectKind::Table, o.schema, o.table)] << o.cachedKey;
    }
    for (SchemaObject &o : result.objects) {
        if (o.kind != ObjectKind::Table && o.kind != ObjectKind::ForeignTable)
            continue;
        QStringList parents = o.list(QStringLiteral("inherits"));
        if (o.has(QStringLiteral("partitionOf")))
            parents << o.attr(QStringLiteral("partitionOf"));
        for (const QString &parent : std::as_const(parents)) {
            const QStringList parts = Ddl::splitIdentifiers(parent);
            if (parts.size() == 2)
                o.dependsOn << columnsOfTable.value(SchemaObject::makeKey(ObjectKind::Table, parts.at(0), parts.at(1)));
        }
    }

    result.rebuildIndex();
    *snapshot = result;
    return {};
}

} // namespace Pixetric
