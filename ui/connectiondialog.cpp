#include "connectiondialog.h"

#include "pgconnection.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace Pixetric {

namespace {
const QStringList fieldKeywords = {QStringLiteral("host"), QStringLiteral("port"), QStringLiteral("dbname"),
                                   QStringLiteral("user"), QStringLiteral("password"), QStringLiteral("sslmode"),
                                   QStringLiteral("sslrootcert")};
}

ConnectionDialog::ConnectionDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Connect to PostgreSQL"));

    m_uri = new QLineEdit(this);
    m_uri->setPlaceholderText(tr("postgresql://user@host:5432/database?sslmode=require"));
    m_uri->setClearButtonEnabled(true);

    m_host = new QLineEdit(this);
    m_host->setPlaceholderText(tr("localhost, a host name, an address or a socket directory"));
    m_port = new QSpinBox(this);
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database = new QLineEdit(this);
    m_database->setPlaceholderText(tr("same as the user name"));
    m_user = new QLineEdit(this);
    m_user->setPlaceholderText(qEnvironmentVariable("USER"));
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("from ~/.pgpass when empty"));

    m_sslMode = new QComboBox(this);
    m_sslMode->addItem(tr("prefer (TLS if the server offers it)"), QStringLiteral("prefer"));
    m_sslMode->addItem(tr("require (TLS, no certificate check)"), QStringLiteral("require"));
    m_sslMode->addItem(tr("verify-ca (TLS, trusted certificate)"), QStringLiteral("verify-ca"));
    m_sslMode->addItem(tr("verify-full (TLS, trusted certificate for this host)"), QStringLiteral("verify-full"));
    m_sslMode->addItem(tr("disable (no TLS)"), QStringLiteral("disable"));
    m_sslMode->addItem(tr("allow (TLS only if the server insists)"), QStringLiteral("allow"));

    m_sslRootCert = new QLineEdit(this);
    m_sslRootCert->setPlaceholderText(tr("~/.postgresql/root.crt"));
    auto *browse = new QToolButton(this);
    browse->setText(tr("…"));
    connect(browse, &QToolButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Root certificate"), {},
                                                          tr("Certificates (*.crt *.pem);;All files (*)"));
        if (!file.isEmpty())
            m_sslRootCert->setText(file);
    });
    auto *certRow = new QHBoxLayout;
    certRow->addWidget(m_sslRootCert);
    certRow->addWidget(browse);

    m_save = new QCheckBox(tr("Save as"), this);
    m_name = new QLineEdit(this);
    m_name->setEnabled(false);
    connect(m_save, &QCheckBox::toggled, m_name, &QWidget::setEnabled);
    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(m_save);
    saveRow->addWidget(m_name, 1);

    auto *form = new QFormLayout;
    form->addRow(tr("Connection &string:"), m_uri);
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(tr("&TLS:"), m_sslMode);
    form->addRow(tr("Root certificate:"), certRow);
    form->addRow(QString(), saveRow);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
    m_testButton = buttons->addButton(tr("Test"), QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_save->isChecked() && m_name->text().trimmed().isEmpty()) {
            showStatus(tr("Give the connection a name to save it, or untick “Save as”."), true);
            return;
        }
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_testButton, &QPushButton::clicked, this, &ConnectionDialog::testConnection);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_uri, &QLineEdit::textEdited, this, &ConnectionDialog::uriToFields);
    for (QLineEdit *edit : {m_host, m_database, m_user, m_sslRootCert})
        connect(edit, &QLineEdit::textEdited, this, &ConnectionDialog::fieldsToUri);
    connect(m_password, &QLineEdit::textEdited, this, &ConnectionDialog::fieldsToUri);
    connect(m_port, &QSpinBox::valueChanged, this, &ConnectionDialog::fieldsToUri);
    connect(m_sslMode, &QComboBox::currentIndexChanged, this, &ConnectionDialog::fieldsToUri);
    resize(560, sizeHint().height());
}

ConnectionDialog::~ConnectionDialog() = default;

void ConnectionDialog::setParams(const ConnectionParams &params, const QString &name)
{
    m_syncing = true;
    m_host->setText(params.value(QStringLiteral("host")));
    const int port = params.value(QStringLiteral("port")).toInt();
    m_port->setValue(port > 0 ? port : 5432);
    m_database->setText(params.value(QStringLiteral("dbname")));
    m_user->setText(params.value(QStringLiteral("user")));
    m_password->setText(params.value(QStringLiteral("password")));
    const int ssl = m_sslMode->findData(params.value(QStringLiteral("sslmode")));
    m_sslMode->setCurrentIndex(ssl >= 0 ? ssl : 0);
    m_sslRootCert->setText(params.value(QStringLiteral("sslrootcert")));
    m_extra = ConnectionParams();
    for (const auto &[key, value] : params.pairs()) {
        if (!fieldKeywords.contains(key))
            m_extra.set(key, value);
    }
    m_name->setText(name);
    m_syncing = false;
    fieldsToUri();
}

ConnectionParams ConnectionDialog::params() const
{
    ConnectionParams p;
    const auto put = [&p](const QString &key, const QString &value) {
        if (!value.isEmpty())
            p.set(key, value);
    };
    put(QStringLiteral("host"), m_host->text().trimmed());
    put(QStringLiteral("port"), QString::number(m_port->value()));
    put(QStringLiteral("dbname"), m_database->text().trimmed());
    put(QStringLiteral("user"), m_user->text().trimmed());
    put(QStringLiteral("password"), m_password->text());
    put(QStringLiteral("sslmode"), m_sslMode->currentData().toString());
    put(QStringLiteral("sslrootcert"), m_sslRootCert->text().trimmed());
    for (const auto &[key, value] : m_extra.pairs())
        p.set(key, value);
    return p;
}

QString ConnectionDialog::saveName() const
{
    return m_save->isChecked() ? m_name->text().trimmed() : QString();
}

void ConnectionDialog::fieldsToUri()
{
    if (m_syncing)
        return;
    m_syncing = true;
    m_uri->setText(params().toConninfo(false));
    m_syncing = false;
}

void ConnectionDialog::uriToFields()
{
    if (m_syncing)
        return;
    const QString text = m_uri->text().trimmed();
    if (text.isEmpty())
        return;
    ConnectionParams parsed;
    QString error;
    if (!ConnectionParams::parse(text, &parsed, &error)) {
        showStatus(tr("This connection string cannot be read: %1").arg(error), true);
        return;
    }
    showStatus({}, false);
    const QString keepPassword = m_password->text();
    const int cursor = m_uri->cursorPosition();
    setParams(parsed, m_name->text());
    if (!parsed.contains(QStringLiteral("password")) && !keepPassword.isEmpty())
        m_password->setText(keepPassword);
    // Keep what the person typed, not a normalised rewrite, while they type.
    m_uri->setText(text);
    m_uri->setCursorPosition(cursor);
}

void ConnectionDialog::testConnection()
{
    m_probe = std::make_unique<PgConnection>();
    m_testButton->setEnabled(false);
    showStatus(tr("Connecting…"), false);
    connect(m_probe.get(), &PgConnection::opened, this, [this](const ServerInfo &info) {
        QString tls = info.tls.inUse ? tr("TLS %1 (%2)").arg(info.tls.protocol, info.tls.cipher) : tr("no TLS");
        showStatus(tr("Connected to PostgreSQL %1 as %2, %3.").arg(info.serverVersionText, info.user, tls), false);
        m_testButton->setEnabled(true);
        m_probe->close();
    });
    connect(m_probe.get(), &PgConnection::openFailed, this, [this](const PgError &error) {
        showStatus(error.toDisplayString(), true);
        m_testButton->setEnabled(true);
    });
    m_probe->open(params());
}

void ConnectionDialog::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

} // namespace Pixetric
