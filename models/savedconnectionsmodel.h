#pragma once

#include "connectionparams.h"

#include <QAbstractListModel>
#include <QSettings>

namespace Pixetric {

// The connections a person saved, by name, kept in QSettings under "connections/".
// Passwords are never stored here (libpq's ~/.pgpass and the keychain are the places for them).
// Thread affinity: GUI thread.
class SavedConnectionsModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { ConninfoRole = Qt::UserRole + 1, ParamsRole };

    // settingsGroup lets tests use their own QSettings file.
    explicit SavedConnectionsModel(QSettings *settings = nullptr, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // Adds or replaces the connection called name; returns its row.
    int save(const QString &name, const ConnectionParams &params);
    void remove(int row);
    ConnectionParams params(int row) const;
    QString name(int row) const;
    int find(const QString &name) const;

private:
    struct Entry
    {
        QString name;
        ConnectionParams params;
    };
    void load();
    void store();

    QSettings *m_settings;
    std::unique_ptr<QSettings> m_ownSettings;
    QList<Entry> m_entries;
};

} // namespace Pixetric
