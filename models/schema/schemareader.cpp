#include "schemareader.h"

#include "namedsql.h"
#include "pgsession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

namespace Pixetric {

namespace {

const QString sqlFile = QStringLiteral(":/sql/schema_snapshot.sql");

QString text(const QJsonObject &o, const char *field)
{
    return o.value(QLatin1String(field)).toString();
}

bool flag(const QJsonObject &o, const char *field)
{
    return o.value(QLatin1String(field)).toBool();
}

QChar letter(const QJsonObject &o, const char *field)
{
    const QString s = text(o, field);
    return s.isEmpty() ? QChar() : s.at(0);
}

// Sequence bounds travel as text: int8 values do not survive a trip through a double.
qint64 number(const QJsonObject &o, const char *field)
{
    return text(o, field).toLongLong();
}

QStringList strings(const QJsonObject &o, const char *field)
{
    QStringList list;
    const QJsonArray array = o.value(QLatin1String(field)).toArray();
    for (const QJsonValue &v : array)
        list << v.toString();
    return list;
}

QJsonArray objects(const QJsonObject &o, const char *field)
{
    return o.value(QLatin1String(field)).toArray();
}

} // namespace

SchemaReader::SchemaReader(PgSession *session)
    : m_session(session)
{
}

QString SchemaReader::failure(const QString &what) const
{
    const PgError &error = m_session->error();
    if (error.kind == PgError::Kind::ConnectionLost || !m_session->isOpen()) {
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
    for (int major = minimumServerVersion / 10000; major <= maximumServerVersion / 10000; ++major) {
        const QString variant = name + QLatin1Char('_') + QString::number(major);
        if (serverVersion < (major + 1) * 10000 && statements.contains(variant))
            return statements.value(variant);
    }
    return statements.value(name);
}

template<typename Parse>
QString SchemaReader::readKind(const QString &name, int serverVersion, Parse parse)
{
    const QString sql = statement(name, serverVersion);
    if (sql.isEmpty())
        return tr("The schema query \"%1\" is missing from the application's resources.").arg(name);

    QList<QStringList> rows;
    if (!m_session->query(sql, &rows))
        return failure(name);
    for (const QStringList &row : rows) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(row.value(0).toUtf8(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            return tr("The server's answer for %1 could not be read: %2.")
                .arg(name, parseError.errorString());
        }
        parse(document.object());
    }
    return {};
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

    SchemaSnapshot result;
    result.serverVersionNum = version;

    QString error = readKind(QStringLiteral("schemas"), version, [&](const QJsonObject &o) {
        result.schemas.append({text(o, "name"), text(o, "owner"), text(o, "comment")});
    });
    if (error.isEmpty()) {
        error = readKind(QStringLiteral("extensions"), version, [&](const QJsonObject &o) {
            result.extensions.append(
                {text(o, "name"), text(o, "schema"), text(o, "version"), text(o, "owner"), text(o, "comment")});
        });
    }
    if (error.isEmpty()) {
        error = readKind(QStringLiteral("types"), version, [&](const QJsonObject &o) {
            TypeInfo t;
            t.schema = text(o, "schema");
            t.name = text(o, "name");
            const QChar kind = letter(o, "kind");
            t.kind = kind == QLatin1Char('c')   ? TypeInfo::Kind::Composite
                     : kind == QLatin1Char('d') ? TypeInfo::Kind::Domain
                     : kind == QLatin1Char('r') ? TypeInfo::Kind::Range
                                                : TypeInfo::Kind::Enum;
            t.owner = text(o, "owner");
            t.comment = text(o, "comment");
            t.labels = strings(o, "labels");
            for (const QJsonValue &v : objects(o, "attributes")) {
                const QJsonObject a = v.toObject();
                t.attributes.append({text(a, "name"), text(a, "type"), text(a, "collation")});
            }
            t.baseType = text(o, "baseType");
            t.defaultExpression = text(o, "default");
            t.notNull = flag(o, "notNull");
            for (const QJsonValue &v : objects(o, "constraints")) {
                const QJsonObject c = v.toObject();
                t.constraints.append({text(c, "name"), text(c, "definition"), flag(c, "notValid")});
            }
            t.rangeSubtype = text(o, "rangeSubtype");
            result.types.append(t);
        });
    }
    if (error.isEmpty()) {
        error = readKind(QStringLiteral("sequences"), version, [&](const QJsonObject &o) {
            SequenceInfo s;
            s.schema = text(o, "schema");
            s.name = text(o, "name");
            s.owner = text(o, "owner");
            s.comment = text(o, "comment");
            s.dataType = text(o, "dataType");
            s.start = number(o, "start");
            s.increment = number(o, "increment");
            s.minValue = number(o, "min");
            s.maxValue = number(o, "max");
            s.cache = number(o, "cache");
            s.cycle = flag(o, "cycle");
            s.identity = flag(o, "identity");
            s.ownedBySchema = text(o, "ownedBySchema");
            s.ownedByTable = text(o, "ownedByTable");
            s.ownedByColumn = text(o, "ownedByColumn");
            result.sequences.append(s);
        });
    }
    if (error.isEmpty()) {
        error = readKind(QStringLiteral("tables"), version, [&](const QJsonObject &o) {
            TableInfo t;
            t.schema = text(o, "schema");
            t.name = text(o, "name");
            t.relkind = letter(o, "relkind");
            t.unlogged = flag(o, "unlogged");
            t.owner = text(o, "owner");
            t.comment = text(o, "comment");
            t.partitionKey = text(o, "partitionKey");
            t.partitionBound = text(o, "partitionBound");
            t.parents = strings(o, "parents");
            for (const QJsonValue &v : objects(o, "columns")) {
                const QJsonObject c = v.toObject();
                TableColumn column;
                column.name = text(c, "name");
                column.position = c.value(QLatin1String("position")).toInt();
                column.type = text(c, "type");
                column.collation = text(c, "collation");
                column.notNull = flag(c, "notNull");
                column.defaultExpression = text(c, "default");
                column.identity = letter(c, "identity");
                column.generatedExpression = text(c, "generated");
                column.storage = letter(c, "storage");
                column.comment = text(c, "comment");
                t.columns.append(column);
            }
            result.tables.append(t);
        });
    }
    if (error.isEmpty()) {
        error = readKind(QStringLiteral("constraints"), version, [&](const QJsonObject &o) {
            ConstraintInfo c;
            c.schema = text(o, "schema");
            c.table = text(o, "table");
            c.name = text(o, "name");
            c.type = letter(o, "type");
            c.definition = text(o, "definition");
            c.notValid = flag(o, "notValid");
            c.deferrable = flag(o, "deferrable");
            c.deferred = flag(o, "deferred");
            c.updateAction = letter(o, "updateAction");
            c.deleteAction = letter(o, "deleteAction");
            c.matchType = letter(o, "matchType");
            c.referencedTable = text(o, "referencedTable");
            c.inherited = flag(o, "inherited");
            c.comment = text(o, "comment");
            result.constraints.append(c);
        });
    }
    if (error.isEmpty()) {
        error = readKind(QStringLiteral("indexes"), version, [&](const QJsonObject &o) {
            IndexInfo i;
            i.schema = text(o, "schema");
            i.table = text(o, "table");
            i.name = text(o, "name");
            i.definition = text(o, "definition");
            i.method = text(o, "method");
            i.unique = flag(o, "unique");
            i.primary = flag(o, "primary");
            i.partial = flag(o, "partial");
            i.expression = flag(o, "expression");
            i.nullsNotDistinct = flag(o, "nullsNotDistinct");
            i.constraintName = text(o, "constraint");
            i.comment = text(o, "comment");
            result.indexes.append(i);
        });
    }
    if (error.isEmpty()) {
        error = readKind(QStringLiteral("views"), version, [&](const QJsonObject &o) {
            result.views.append({text(o, "schema"), text(o, "name"), flag(o, "materialized"),
                                 text(o, "definition"), text(o, "owner"), text(o, "comment")});
        });
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

    result.rebuildIndex();
    *snapshot = result;
    return {};
}

} // namespace Pixetric
