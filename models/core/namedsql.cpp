#include "namedsql.h"

#include <QFile>
#include <QMutex>
#include <QRegularExpression>

#include <map>

namespace Pixetric {

QHash<QString, QString> NamedSql::parse(const QString &text)
{
    QHash<QString, QString> result;
    static const QRegularExpression marker(QStringLiteral("^-- name: *(\\S+)\\s*$"),
                                           QRegularExpression::MultilineOption);
    QRegularExpressionMatchIterator it = marker.globalMatch(text);
    QString name;
    qsizetype start = -1;
    const auto take = [&](qsizetype end) {
        if (!name.isEmpty())
            result.insert(name, text.mid(start, end - start).trimmed());
    };
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        take(m.capturedStart());
        name = m.captured(1);
        start = m.capturedEnd();
    }
    take(text.size());
    return result;
}

const QHash<QString, QString> &NamedSql::statements(const QString &file)
{
    static QMutex mutex;
    // std::map keeps references to its values stable as files are added.
    static std::map<QString, QHash<QString, QString>> cache;
    const QMutexLocker lock(&mutex);
    auto it = cache.find(file);
    if (it == cache.end()) {
        QFile f(file);
        QHash<QString, QString> parsed;
        if (f.open(QIODevice::ReadOnly))
            parsed = parse(QString::fromUtf8(f.readAll()));
        it = cache.emplace(file, std::move(parsed)).first;
    }
    return it->second;
}

} // namespace Pixetric
