#pragma once

#include <QString>

namespace Pixetric::Test {

// Makes two pg_dump --schema-only outputs comparable: comments, SET lines and blank lines go,
// statements are sorted (pg_dump orders equal-rank objects by creation, which a migration
// changes), and the columns of CREATE TABLE and attributes of CREATE TYPE … AS are sorted (ADD
// COLUMN appends, so column order is allowed to differ). Dollar-quoted bodies stay whole.
class SchemaDumpNormalizer
{
public:
    static QString normalize(const QString &dump);
    // The statements only one side has, for a failure message.
    static QString difference(const QString &normalizedA, const QString &normalizedB);
};

} // namespace Pixetric::Test
