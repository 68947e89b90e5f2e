#pragma once

#include "connectionparams.h"
#include "ddlwriter.h"
#include "migrationplanner.h"
#include "schemadiff.h"
#include "schemasnapshot.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>

namespace Pixetric {

// Everything one schema comparison produced: both snapshots as read, the object-by-object
// diff, the migration from FROM to TO and its script, and DDL writers for showing single
// objects. Kept whole so that a view can show any object's DDL without reading again.
//
// Copyable value (the snapshots and lists are implicitly shared, the writers shared
// pointers to immutable objects); no thread affinity. Built on a pool thread by
// SchemaComparison, handed to the GUI thread in one piece.
struct SchemaComparisonResult
{
    Q_DECLARE_TR_FUNCTIONS(Pixetric::SchemaComparisonResult)

public:
    enum class Side { From, To };

    quint64 generation = 0; // SchemaComparison::start() that made it
    QString fromLabel;      // how people call each side: a branch name or user@host:port/db
    QString toLabel;
    ConnectionParams fromParams;
    ConnectionParams toParams;
    DiffOptions options;

    SchemaSnapshot from;
    SchemaSnapshot to;
    SchemaDiff diff;
    Migration migration;
    QString script; // migration.script(fromLabel, toLabel)
    // Things to know about the comparison as a whole (servers of different major versions).
    QStringList notes;

    qint64 readMillis = 0;    // both snapshots, read at the same time
    qint64 compareMillis = 0; // diff, plan, script and writers

    // DdlWriter(from, to, options) writes TO's objects; fromWriter, with the snapshots
    // swapped, FROM's. Made once with the result because a writer copies and indexes both
    // snapshots.
    std::shared_ptr<const DdlWriter> toWriter;
    std::shared_ptr<const DdlWriter> fromWriter;

    bool isValid() const { return toWriter && fromWriter; }
    QString label(Side side) const { return side == Side::From ? fromLabel : toLabel; }

    // The SQL that makes the object with this key on that side, as the comparison sees it
    // (ignored attributes left out), statements one per line. A column shows as its ADD
    // COLUMN, or as its table's CREATE TABLE where it only comes with the table (partitions,
    // inherited columns). Empty when that side has no such object. Pure CPU work: callers on
    // the GUI thread with large objects run it on a pool thread.
    QString ddl(const QString &key, Side side) const;

    // Builds a complete result from two snapshots: the CPU part of a comparison.
    static SchemaComparisonResult build(const SchemaSnapshot &from, const SchemaSnapshot &to,
                                        const DiffOptions &options, const QString &fromLabel,
                                        const QString &toLabel);
};

} // namespace Pixetric
