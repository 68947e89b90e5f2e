#pragma once

#include "ddlwriter.h"

#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

// Small pieces of SQL writing shared by the DDL writer's files. Pure functions; no state.
namespace Pixetric::Ddl {

// "PUBLIC" stays a word; any other role is an identifier.
QString roleName(const QString &role);
// What GRANT calls the object: "TABLE app.t" (also for views and a column's table),
// "ROUTINE app.f(integer)", "FOREIGN SERVER s"; empty for kinds without privileges.
QString grantTarget(const SchemaObject &object);
bool ownerAlterable(ObjectKind kind);
// owner, comment, privileges: what commonAttributes() writes.
QSet<QString> commonAttributeNames();

// grantee → privilege → grantable, from the reader's "grantee=PRIVILEGE[*]" list, with
// "(owner)" read as owner.
using PrivilegeMap = QMap<QString, QMap<QString, bool>>;
PrivilegeMap privilegeMap(const QStringList &list, const QString &owner);

QString withSemicolon(const QString &statement);
// "key=value" pairs (pg_options_to_table spelling) as " OPTIONS (key 'value', …)".
QString genericOptions(const QStringList &options);
// The OPTIONS clause that turns from into to: ADD, SET, DROP.
QString optionChanges(const QStringList &from, const QStringList &to);
// Reloptions ("fillfactor=70") as "fillfactor=70" with values quoted where needed.
QString storageParameters(const QStringList &options);
// The "RESET (…)" and "SET (…)" clauses that turn one reloptions list into the other.
QStringList storageParameterChanges(const QStringList &from, const QStringList &to);

// "name: rest" with name a quoted identifier.
struct NamedPart
{
    QString name; // as written (quoted)
    QString rest;
};
NamedPart splitNamed(const QString &text);
// "name rest" with name a quoted identifier: a view column's comment or default, a composite
// type's attribute.
NamedPart splitLeadingIdentifier(const QString &text);
// The qualified name a text starts with, up to the first space outside quotes:
// 'app."Line Items" (a, b) WHERE …' → 'app."Line Items"'.
QString leadingQualifiedName(const QString &text);
// "a"."b c".d → {a, b c, d}
QStringList splitIdentifiers(const QString &qualified);
QString columnKeyFromReference(const QString &qualifiedColumn);
QString indexKeyFromReference(const QString &qualifiedIndex);
QString relationKeyFromReference(const QString &qualifiedRelation, const SchemaSnapshot &snapshot);

QString sequenceOptions(const SchemaObject &sequence);
bool looksVolatile(const QString &expression);
QString constraintLockNote(const SchemaObject &constraint);
QString aggregateDefinition(const SchemaObject &aggregate, bool orReplace);
QString policyDefinition(const SchemaObject &policy);
QString publicationDefinition(const SchemaObject &publication);
QList<MigrationStep> defaultPrivilegeSteps(const SchemaObject &object, const QStringList &from, const QStringList &to);

// How an enum's labels get from one list to the other with ADD VALUE and RENAME VALUE.
struct EnumChange
{
    struct Step
    {
        QString label;
        QString neighbour; // ADD VALUE label BEFORE/AFTER neighbour
        bool before = false;
        QString rename;    // RENAME VALUE rename TO label, when not empty
    };
    bool possible = false;
    QList<Step> steps;
};
EnumChange enumChange(const QStringList &from, const QStringList &to);

// A composite type's attributes ("name type [COLLATE c]"): the ALTER TYPE actions between them.
struct CompositeChange
{
    QStringList statements; // "ADD ATTRIBUTE …", "DROP ATTRIBUTE …", "ALTER ATTRIBUTE … TYPE …"
};
CompositeChange compositeChange(const QStringList &from, const QStringList &to);

// Whether changing a column from one type to another can keep the table as it is (varchar
// growing, varchar to text, numeric precision growing at the same scale).
bool binaryCoercible(const QString &from, const QString &to);

} // namespace Pixetric::Ddl
