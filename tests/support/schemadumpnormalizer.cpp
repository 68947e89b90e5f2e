#include "schemadumpnormalizer.h"

#include <QRegularExpression>
#include <QSet>
#include <QStringList>

namespace Pixetric::Test {

namespace {

const QString separator = QStringLiteral("\n\n");

// Sorts the lines between "CREATE TABLE … (" or "CREATE TYPE … AS (" and the closing ")".
QString sortMembers(const QString &statement)
{
    static const QRegularExpression head(QStringLiteral("^(CREATE (UNLOGGED |FOREIGN )?TABLE [^\\n]* \\(|CREATE TYPE [^\\n]* AS \\()$"));
    QStringList lines = statement.split(QLatin1Char('\n'));
    if (lines.size() < 3 || !head.match(lines.first()).hasMatch())
        return statement;
    qsizetype close = lines.size() - 1;
    while (close > 0 && !lines.at(close).startsWith(QLatin1Char(')')))
        --close;
    if (close <= 1)
        return statement;
    QStringList members = lines.mid(1, close - 1);
    for (QString &m : members) {
        if (m.endsWith(QLatin1Char(',')))
            m.chop(1);
    }
    members.sort();
    return (QStringList{lines.first()} + members + lines.mid(close)).join(QLatin1Char('\n'));
}

// Storage parameters in their stored order say nothing: "WITH (b='1', a='2')" reads as
// "WITH (a='2', b='1')".
QString sortStorageParameters(const QString &statement)
{
    static const QRegularExpression with(QStringLiteral("WITH \\(([^()]*)\\)"));
    QString result = statement;
    for (auto it = with.globalMatch(statement); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        QStringList parameters = m.captured(1).split(QStringLiteral(", "));
        parameters.sort();
        result.replace(m.captured(0), QStringLiteral("WITH (") + parameters.join(QStringLiteral(", ")) + QLatin1Char(')'));
    }
    return result;
}

} // namespace

QString SchemaDumpNormalizer::normalize(const QString &dump)
{
    static const QRegularExpression dollar(QStringLiteral("\\$[A-Za-z_][A-Za-z_0-9]*\\$|\\$\\$"));
    QStringList statements;
    QString current;
    QString openTag;
    for (const QString &line : dump.split(QLatin1Char('\n'))) {
        if (openTag.isEmpty()) {
            if (line.isEmpty() || line.startsWith(QLatin1String("--")) || line.startsWith(QLatin1String("SET "))
                || line.startsWith(QLatin1String("SELECT pg_catalog.set_config(")) || line.startsWith(QLatin1String("\\restrict"))
                || line.startsWith(QLatin1String("\\unrestrict")))
                continue;
        }
        current += line + QLatin1Char('\n');
        // Dollar quotes open and close in pairs of the same tag.
        auto it = dollar.globalMatch(line);
        while (it.hasNext()) {
            const QString tag = it.next().captured(0);
            if (openTag.isEmpty())
                openTag = tag;
            else if (tag == openTag)
                openTag.clear();
        }
        if (openTag.isEmpty() && line.endsWith(QLatin1Char(';'))) {
            statements << sortStorageParameters(sortMembers(current.trimmed()));
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    statements.sort();
    return statements.join(separator);
}

QString SchemaDumpNormalizer::difference(const QString &a, const QString &b)
{
    const QStringList left = a.split(separator);
    const QStringList right = b.split(separator);
    const QSet<QString> inRight(right.begin(), right.end());
    const QSet<QString> inLeft(left.begin(), left.end());
    QString out;
    for (const QString &s : left) {
        if (!inRight.contains(s))
            out += QStringLiteral("- only in A:\n") + s + QLatin1Char('\n');
    }
    for (const QString &s : right) {
        if (!inLeft.contains(s))
            out += QStringLiteral("+ only in B:\n") + s + QLatin1Char('\n');
    }
    return out;
}

} // namespace Pixetric::Test
