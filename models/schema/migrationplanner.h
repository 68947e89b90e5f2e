#pragma once

#include "ddlwriter.h"
#include "schemadiff.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Pixetric {

// A migration script: statements in an order that applies, each with its notes.
struct Migration
{
    Q_DECLARE_TR_FUNCTIONS(Pixetric::Migration)

public:
    QList<MigrationStep> steps; // those outside the transaction first
    // Things a reviewer should know that no single statement says (objects rebuilt because
    // something they depend on is).
    QStringList warnings;
    // Not empty when no correct script could be made; steps are then empty too.
    QString error;

    bool isEmpty() const { return steps.isEmpty(); }
    int destructiveCount() const;
    // The whole script: a header, statements that must run alone, then the rest inside
    // BEGIN … COMMIT, each statement after its notes as comments. Empty migrations give an
    // empty string; a failed one gives its error as a comment and no statement.
    QString script(const QString &fromLabel = {}, const QString &toLabel = {}) const;
    // The statements only, one after the other (what a runner executes), transaction control
    // left to the caller.
    QStringList statements() const;
};

// Turns a comparison into a migration: drops in reverse dependency order, creates and
// changes in dependency order, objects rebuilt when something they depend on must be (a view
// over a retyped column, the dependents of a function whose result type changed), values of
// columns kept across a rebuilt enum or domain.
//
// Pure CPU work, no thread affinity: callers run it off the GUI thread for large schemas.
class MigrationPlanner
{
    Q_DECLARE_TR_FUNCTIONS(Pixetric::MigrationPlanner)

public:
    static Migration plan(const SchemaSnapshot &from, const SchemaSnapshot &to, const SchemaDiff &diff);
};

} // namespace Pixetric
