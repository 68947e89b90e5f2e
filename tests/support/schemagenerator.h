#pragma once

#include "generatedschema.h"

#include <QString>
#include <QStringList>

namespace Pixetric::Test {

class ObjectMaker;

// A random schema A and a random change of it B, both as SQL, from a seed: the same seed gives
// the same pair everywhere. A holds every kind of object the schema diff knows, depending on
// each other (tables on types, sequences and functions; views on views; foreign keys across
// tables; grants, owners and comments on all of them), with names that need quoting. B is A
// with a few changes (objects added, dropped, made anew under another name or with other
// attributes; columns added, dropped and retyped; enum labels added and renamed), after which
// whatever the changes broke is made anew or dropped, so that B is a valid schema too.
//
// Both scripts load into an empty database on PostgreSQL 15 and 17 once the roles() exist.
// Pure CPU work; no thread affinity.
class SchemaGenerator
{
public:
    explicit SchemaGenerator(quint64 seed);

    QString schemaA() const { return m_a.sql(); }
    QString schemaB() const { return m_b.sql(); }
    // What was changed from A to B, one change a line, for people reading a failure.
    QStringList changes() const { return m_changes; }

    static const QStringList &roles();

private:
    void build(ObjectMaker &maker);
    void mutate(ObjectMaker &maker);
    bool changeTable(ObjectMaker &maker, qsizetype index);
    bool changeEnum(qsizetype index);
    // Makes anew, or drops, every object that uses something gone or changed, until none does.
    void repair(ObjectMaker &maker);
    QString describe(const GeneratedItem &item) const;

    Dice m_dice;
    int m_serial = 0;
    GeneratedSchema m_schema; // the one being worked on
    GeneratedSchema m_a;
    GeneratedSchema m_b;
    QStringList m_changes;
};

} // namespace Pixetric::Test
