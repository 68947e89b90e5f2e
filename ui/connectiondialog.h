#pragma once

#include "connectionparams.h"
#include "pgerror.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace Pixetric {

class PgConnection;

// Asks for a connection: either a connection string (URI or key=value) or the usual fields,
// kept in step with each other. "Test" connects without closing the dialog.
// Thread affinity: GUI thread.
class ConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectionDialog(QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    void setParams(const ConnectionParams &params, const QString &name = {});
    ConnectionParams params() const;
    // The name to save the connection under; empty when it should not be saved.
    QString saveName() const;

private:
    void fieldsToUri();
    void uriToFields();
    void testConnection();
    void showStatus(const QString &text, bool error);

    QLineEdit *m_uri;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QComboBox *m_sslMode;
    QLineEdit *m_sslRootCert;
    QCheckBox *m_save;
    QLineEdit *m_name;
    QLabel *m_status;
    QPushButton *m_testButton;
    ConnectionParams m_extra; // parameters without a field of their own, kept as given
    std::unique_ptr<PgConnection> m_probe;
    bool m_syncing = false;
};

} // namespace Pixetric
