#pragma once

#include "generatedschema.h"

#include <functional>
#include <optional>

namespace Pixetric::Test {

// Makes the random objects of a generated schema, one at a time: each a valid statement for the
// objects before its position, with the uses it has of them. The schema generator calls it to
// build a schema, to change one, and to mend what a change broke.
//
// Holds references to the schema being built and to the dice; no thread affinity.
class ObjectMaker
{
public:
    ObjectMaker(GeneratedSchema &schema, Dice &dice, int &serial);

    // A new object of kind that may use what lies before position; with previous (the object it
    // replaces) it keeps previous's schema, name and anchor where they are still there.
    // Empty when nothing before position lets such an object be made.
    std::optional<GeneratedItem> make(GeneratedKind kind, qsizetype position, const GeneratedItem *previous = nullptr);

    // A new column for the table at index, named apart from the columns of its inheritance family.
    GeneratedColumn newColumn(qsizetype tableIndex, bool plainTable);
    // Gives the column another type its values convert to; false when there is none.
    bool retype(GeneratedColumn &column, qsizetype tableIndex);
    // Gives the column a default that fits it (or none).
    void chooseDefault(GeneratedColumn &column, qsizetype tableIndex);
    // The column's type again from what lies before tableIndex (after its type changed); false
    // when the type is gone.
    bool resolveType(GeneratedColumn &column, qsizetype tableIndex);
    // A stored generation expression over another column of the table; false when none fits.
    bool chooseGenerated(GeneratedColumn &column, const QList<GeneratedColumn> &siblings, const QString &tableId);
    QString freshColumnName(const GeneratedItem &table);
    QString freshName(const QString &schema, const QStringList &pool, bool routine = false);

    // The roles the schemas grant to and are owned by; the test makes them for the cluster.
    static const QStringList &roles();

private:
    struct TypeChoice
    {
        QString type;
        QString family;
        QList<GeneratedUse> uses;
    };
    struct Place
    {
        QString schema;
        QString name;
    };

    Place place(const QStringList &pool, bool routine = false, bool inSchema = true);
    QString pickSchema();
    GeneratedItem start(GeneratedKind kind, const Place &p, const QString &idPrefix);
    // An object that lives on table t (a constraint, index, trigger, rule, policy): named as
    // previous was where it stood in the same schema.
    GeneratedItem onTable(GeneratedKind kind, const GeneratedItem &t, const QStringList &pool, const QString &idPrefix);
    // Named by COMMENT ON and ALTER … OWNER TO as "what schema.name".
    static void ownable(GeneratedItem &item, const QString &what);
    QList<qsizetype> before(const std::function<bool(const GeneratedItem &)> &predicate) const;
    // The object an object belongs to: previous's when still there, else one that fits.
    const GeneratedItem *anchor(const std::function<bool(const GeneratedItem &)> &predicate);
    bool provided(const QString &id) const { return m_provided.contains(id); }
    QString signatureOf(const QString &id) const { return m_provided.value(id); }
    const GeneratedItem *extension(const QString &name) const;
    QList<TypeChoice> typeChoices(qsizetype position);
    GeneratedUse typedUse(const GeneratedColumnRef &c) const { return {c.id, c.signature}; }
    QString pick(const QStringList &list) { return m_dice.pick(list); }

    // What an expression may do with a column of a family.
    QString condition(const GeneratedColumnRef &c, const QString &qualifier, QList<GeneratedUse> *uses);
    QString indexExpression(const GeneratedColumnRef &c) const;
    QString defaultValue(const QString &type, const QString &family, QList<GeneratedUse> *uses);

    std::optional<GeneratedItem> schemaItem();
    std::optional<GeneratedItem> extensionItem();
    std::optional<GeneratedItem> collation();
    std::optional<GeneratedItem> wrapper();
    std::optional<GeneratedItem> server();
    std::optional<GeneratedItem> userMapping();
    std::optional<GeneratedItem> enumType();
    std::optional<GeneratedItem> compositeType();
    std::optional<GeneratedItem> domain();
    std::optional<GeneratedItem> range();
    std::optional<GeneratedItem> sequence();
    std::optional<GeneratedItem> function();
    std::optional<GeneratedItem> triggerFunction(bool event);
    std::optional<GeneratedItem> procedure();
    std::optional<GeneratedItem> aggregate();
    std::optional<GeneratedItem> dictionary();
    std::optional<GeneratedItem> configuration();
    std::optional<GeneratedItem> table(GeneratedKind kind);
    std::optional<GeneratedItem> partition();
    std::optional<GeneratedItem> key(bool primary);
    std::optional<GeneratedItem> foreignKey();
    std::optional<GeneratedItem> check();
    std::optional<GeneratedItem> exclusion();
    std::optional<GeneratedItem> index();
    std::optional<GeneratedItem> view(bool materialized);
    std::optional<GeneratedItem> trigger();
    std::optional<GeneratedItem> eventTrigger();
    std::optional<GeneratedItem> rule();
    std::optional<GeneratedItem> policy();
    std::optional<GeneratedItem> statistics();
    std::optional<GeneratedItem> publication();
    std::optional<GeneratedItem> ownedBy();
    std::optional<GeneratedItem> grant();
    std::optional<GeneratedItem> owner();
    std::optional<GeneratedItem> comment();
    std::optional<GeneratedItem> defaultPrivileges();

    GeneratedSchema &m_schema;
    Dice &m_dice;
    int &m_serial;
    qsizetype m_position = 0;
    const GeneratedItem *m_previous = nullptr;
    QHash<QString, QString> m_provided;
};

} // namespace Pixetric::Test
