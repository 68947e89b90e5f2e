#pragma once

#include <QHash>
#include <QString>

namespace Pixetric {

// SQL kept in resource files as named statements: each line "-- name: NAME" starts a statement
// that runs until the next such line. Comments before the first marker document the file.
// Thread-safe; each file is read once per process.
class NamedSql
{
public:
    // The statements of file (e.g. ":/sql/history.sql") by name; empty when it cannot be read.
    static const QHash<QString, QString> &statements(const QString &file);
    static QHash<QString, QString> parse(const QString &text);
};

} // namespace Pixetric
