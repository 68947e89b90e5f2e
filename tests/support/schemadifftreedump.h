#pragma once

#include "schemadiff.h"
#include "schemadiffmodel.h"

#include <QAbstractItemModel>
#include <QString>
#include <QStringList>

namespace Pixetric::Test {

// A schema diff tree (SchemaDiffModel or a filter over it) as one line, for comparisons in
// tests: "Tables (2)[app.orders=[column total~],…]", the object state after each name
// (= identical, ~ changed, - only in FROM, + only in TO).
inline char stateMark(const QModelIndex &index)
{
    const QVariant state = index.data(SchemaDiffModel::StateRole);
    if (!state.isValid())
        return '?';
    switch (ObjectDiff::State(state.toInt())) {
    case ObjectDiff::State::Identical: return '=';
    case ObjectDiff::State::Changed: return '~';
    case ObjectDiff::State::OnlyInFrom: return '-';
    case ObjectDiff::State::OnlyInTo: return '+';
    }
    return '?';
}

// The tree, recursively.
inline QString dump(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    QStringList parts;
    for (int r = 0; r < model.rowCount(parent); ++r) {
        const QModelIndex index = model.index(r, 0, parent);
        QString text = index.data().toString();
        if (!index.data(SchemaDiffModel::KindRowRole).toBool())
            text += QLatin1Char(stateMark(index));
        if (model.rowCount(index) > 0)
            text += QLatin1Char('[') + dump(model, index) + QLatin1Char(']');
        parts << text;
    }
    return parts.join(QLatin1Char(','));
}

} // namespace Pixetric::Test
