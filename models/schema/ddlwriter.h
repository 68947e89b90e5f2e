#pragma once

#include "schemadiff.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Pixetric {

// One statement of a migration, with what a reviewer needs to know about it.
struct MigrationStep
{
    MigrationStep() = default;
    MigrationStep(const QString &statement, const QString &key)
        : sql(statement)
        , objectKey(key)
    {
    }

    QString sql;         // one statement, ending in ';'
    QString objectKey;   // the object it creates, changes or drops
    QStringList notes;   // the lock it takes, whether it rewrites the table, what it loses
    bool destructive = false;        // loses data
    bool outsideTransaction = false; // must run outside BEGIN … COMMIT
    // Objects that must exist before this step runs, beyond what its object depends on.
    QStringList needs;
    // Nothing else waits for this step (OWNED BY, ATTACH PARTITION, CLUSTER ON): it runs once
    // its needs are met, and objects depending on its object do not wait for it.
    bool trailing = false;
};

// Writes the SQL that creates, drops and changes single objects. The planner
// (MigrationPlanner) decides which of these run and in which order.
//
// FROM and TO are the snapshots a migration goes between; the writer keeps them as the
// comparison sees them (DiffOptions::effective), and objects handed in are too. No thread
// affinity; pure CPU work.
class DdlWriter
{
    Q_DECLARE_TR_FUNCTIONS(Pixetric::DdlWriter)

public:
    DdlWriter(const SchemaSnapshot &from, const SchemaSnapshot &to, const DiffOptions &options);

    // The statements that make object (of TO) exist with all its attributes. A table's
    // columns come with its CREATE TABLE; its other sub-objects are objects of their own.
    // With deferDefaults, a table's column defaults that call functions or sequences are set
    // by statements of their own after the CREATE TABLE (to break a dependency circle).
    QList<MigrationStep> create(const SchemaObject &object, bool deferDefaults = false) const;
    // The statements of create(), one per line: the object's DDL as people read it.
    QString createSql(const SchemaObject &object) const;
    // The statement that drops object (of FROM).
    MigrationStep drop(const SchemaObject &object) const;

    // How a changed object gets from its FROM form to its TO form.
    struct Alteration
    {
        bool recreate = false;       // no ALTER reaches it: drop and create
        QString reason;              // why, when recreate
        QList<MigrationStep> release; // run with the drops: let go of what FROM needed
        QList<MigrationStep> apply;   // run with the creates
        bool releasedDefault = false; // a column's default is dropped with the drops
    };
    Alteration alter(const ObjectDiff &diff) const;

    // What SQL calls the object in ALTER, COMMENT ON and DROP: "TABLE app.t", "FUNCTION
    // app.f(integer)", "CONSTRAINT c ON app.t".
    static QString reference(const SchemaObject &object);

    // A created object's comment, owner and privileges, and the same for a change of them.
    QList<MigrationStep> commonAttributes(const SchemaObject *from, const SchemaObject &to) const;

private:
    QList<MigrationStep> createTable(const SchemaObject &table, bool deferDefaults) const;
    QString columnDefinition(const SchemaObject &column, bool withIdentity = true, bool withDefault = true) const;
    QList<MigrationStep> columnExtras(const SchemaObject *from, const SchemaObject &column) const;
    QList<MigrationStep> createView(const SchemaObject &view) const;
    QList<MigrationStep> createIndex(const SchemaObject &index) const;
    QList<MigrationStep> createOther(const SchemaObject &object) const;

    Alteration alterTable(const ObjectDiff &diff) const;
    Alteration alterColumn(const ObjectDiff &diff) const;
    Alteration alterConstraint(const ObjectDiff &diff) const;
    Alteration alterView(const ObjectDiff &diff) const;
    Alteration alterType(const ObjectDiff &diff) const;
    Alteration alterOther(const ObjectDiff &diff) const;

    QList<MigrationStep> privilegeSteps(const SchemaObject &object, const QStringList &from,
                                        const QStringList &to, const QString &column = {}) const;
    QStringList defaultPrivileges(const SchemaObject &object) const;
    // The key of the object that owns the index of that name in TO: the index itself, or the
    // constraint it backs.
    QString indexKey(const QString &schema, const QString &indexName) const;

    // The snapshots as the comparison sees them: shared copies of the caller's (cheap: the
    // lists are implicitly shared) when the options change nothing, else copies with the
    // ignored attributes removed. Held by value, so a writer may be copied and outlive them.
    SchemaSnapshot m_from;
    SchemaSnapshot m_to;
    DiffOptions m_options;
    // Keys of TO's tables by the qualified name of each table they inherit from.
    QHash<QString, QStringList> m_inheritors;
};

} // namespace Pixetric
