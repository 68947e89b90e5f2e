#include "savedconnectionsmodel.h"

namespace Pixetric {

SavedConnectionsModel::SavedConnectionsModel(QSettings *settings, QObject *parent)
    : QAbstractListModel(parent), m_settings(settings)
{
    if (!m_settings) {
        m_ownSettings = std::make_unique<QSettings>();
        m_settings = m_ownSettings.get();
    }
    load();
}

int SavedConnectionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant SavedConnectionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return e.name;
    case Qt::ToolTipRole:
        return e.params.displayName();
    case ConninfoRole:
        return e.params.toConninfo(false);
    case ParamsRole:
        return QVariant::fromValue(e.params);
    default:
        return {};
    }
}

int SavedConnectionsModel::save(const QString &name, const ConnectionParams &params)
{
    ConnectionParams clean = params;
    clean.remove(QStringLiteral("password"));
    int row = find(name);
    if (row >= 0) {
        m_entries[row].params = clean;
        Q_EMIT dataChanged(index(row), index(row));
    } else {
        row = int(m_entries.size());
        beginInsertRows({}, row, row);
        m_entries.append({name, clean});
        endInsertRows();
    }
    store();
    return row;
}

void SavedConnectionsModel::remove(int row)
{
    if (row < 0 || row >= m_entries.size())
        return;
    beginRemoveRows({}, row, row);
    m_entries.removeAt(row);
    endRemoveRows();
    store();
}

ConnectionParams SavedConnectionsModel::params(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row).params : ConnectionParams();
}

QString SavedConnectionsModel::name(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row).name : QString();
}

int SavedConnectionsModel::find(const QString &name) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).name == name)
            return i;
    }
    return -1;
}

void SavedConnectionsModel::load()
{
    const int n = m_settings->beginReadArray(QStringLiteral("connections"));
    for (int i = 0; i < n; ++i) {
        m_settings->setArrayIndex(i);
        ConnectionParams params;
        QString error;
        if (ConnectionParams::parse(m_settings->value(QStringLiteral("conninfo")).toString(), &params, &error))
            m_entries.append({m_settings->value(QStringLiteral("name")).toString(), params});
    }
    m_settings->endArray();
}

void SavedConnectionsModel::store()
{
    m_settings->remove(QStringLiteral("connections"));
    m_settings->beginWriteArray(QStringLiteral("connections"), int(m_entries.size()));
    for (int i = 0; i < m_entries.size(); ++i) {
        m_settings->setArrayIndex(i);
        m_settings->setValue(QStringLiteral("name"), m_entries.at(i).name);
        m_settings->setValue(QStringLiteral("conninfo"), m_entries.at(i).params.toConninfo(false));
    }
    m_settings->endArray();
    m_settings->sync();
}

} // namespace Pixetric
