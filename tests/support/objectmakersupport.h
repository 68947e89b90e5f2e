#pragma once

#include "generatedschema.h"

#include <QString>
#include <QStringList>

// Small pieces the object maker's files share: the words names are made of, and what a column's
// family allows. Pure functions; no state.
namespace Pixetric::Test::Maker {

extern const QStringList relationWords;
extern const QStringList columnWords;
extern const QStringList constraintWords;
extern const QStringList indexWords;
extern const QStringList otherWords; // triggers, rules, policies, statistics, publications

// Tables of every kind but foreign ones and partitions.
bool isTable(const GeneratedItem &o);
// Families with equality and ordering (btree, hash, GROUP BY, IS DISTINCT FROM) …
bool comparable(const QString &family);
// … and an = operator found without the extension's schema on the search path.
bool hasEquality(const QString &family);
// Types of the server's own (a generated type is always written with its schema).
bool builtinType(const QString &type);
// Whether a routine's argument of one type takes a value of another without a cast.
bool accepts(const QString &argument, const QString &type);
// A column of the server's text types without a collation of its own.
bool builtinText(const GeneratedColumnRef &c);

} // namespace Pixetric::Test::Maker
