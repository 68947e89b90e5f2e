#include "listenconsole.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Pixetric {

namespace {

QStandardItem *cell(const QString &text, const QString &toolTip = {})
{
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    item->setToolTip(toolTip.isEmpty() ? text : toolTip);
    return item;
}

} // namespace

ListenConsole::ListenConsole(QWidget *parent) : QWidget(parent), m_connection(new PgConnection(this))
{
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("connectionState"));
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reconnect = new QPushButton(tr("Reconnect"), this);
    m_reconnect->setObjectName(QStringLiteral("reconnectButton"));
    m_reconnect->hide();

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("listenMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    m_channelEdit = new QLineEdit(this);
    m_channelEdit->setObjectName(QStringLiteral("channelEdit"));
    m_channelEdit->setPlaceholderText(tr("Channel (exact name)"));
    m_channelEdit->setToolTip(tr("The channel name exactly as senders use it in pg_notify(): case, spaces and quotes count."));
    m_listenButton = new QPushButton(tr("Listen"), this);
    m_listenButton->setObjectName(QStringLiteral("listenButton"));
    m_channelList = new QListWidget(this);
    m_channelList->setObjectName(QStringLiteral("channelList"));
    m_unlistenButton = new QPushButton(tr("Unlisten"), this);
    m_unlistenButton->setObjectName(QStringLiteral("unlistenButton"));
    m_unlistenButton->setEnabled(false);

    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_model->setHorizontalHeaderLabels({tr("Time"), tr("Channel"), tr("Payload"), tr("Sender PID")});
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("notificationTable"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(PayloadColumn, QHeaderView::Stretch);
    m_clearButton = new QPushButton(tr("Clear"), this);
    m_clearButton->setObjectName(QStringLiteral("clearButton"));

    m_notifyChannel = new QLineEdit(this);
    m_notifyChannel->setObjectName(QStringLiteral("notifyChannel"));
    m_notifyChannel->setPlaceholderText(tr("Channel"));
    m_payload = new QLineEdit(this);
    m_payload->setObjectName(QStringLiteral("notifyPayload"));
    m_payload->setPlaceholderText(tr("Payload (optional)"));
    m_sendButton = new QPushButton(tr("Send"), this);
    m_sendButton->setObjectName(QStringLiteral("sendButton"));

    auto *stateRow = new QHBoxLayout;
    stateRow->addWidget(m_state, 1);
    stateRow->addWidget(m_reconnect);

    auto *channelsPane = new QWidget(this);
    auto *channelsLayout = new QVBoxLayout(channelsPane);
    channelsLayout->setContentsMargins(0, 0, 0, 0);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_channelEdit, 1);
    addRow->addWidget(m_listenButton);
    channelsLayout->addLayout(addRow);
    channelsLayout->addWidget(m_channelList, 1);
    channelsLayout->addWidget(m_unlistenButton, 0, Qt::AlignLeft);

    auto *tablePane = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tablePane);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_table, 1);
    tableLayout->addWidget(m_clearButton, 0, Qt::AlignRight);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(channelsPane);
    splitter->addWidget(tablePane);
    splitter->setStretchFactor(1, 3);

    auto *sendRow = new QHBoxLayout;
    sendRow->addWidget(new QLabel(tr("NOTIFY"), this));
    sendRow->addWidget(m_notifyChannel, 1);
    sendRow->addWidget(m_payload, 2);
    sendRow->addWidget(m_sendButton);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(stateRow);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);
    layout->addLayout(sendRow);

    connect(m_reconnect, &QPushButton::clicked, this, &ListenConsole::reconnect);
    connect(m_listenButton, &QPushButton::clicked, this, &ListenConsole::addFromField);
    connect(m_channelEdit, &QLineEdit::returnPressed, this, &ListenConsole::addFromField);
    connect(m_unlistenButton, &QPushButton::clicked, this, &ListenConsole::removeSelected);
    connect(m_channelList, &QListWidget::itemSelectionChanged, this,
            [this] { m_unlistenButton->setEnabled(!m_channelList->selectedItems().isEmpty()); });
    connect(m_channelList, &QListWidget::currentTextChanged, this, [this](const QString &channel) {
        if (!channel.isEmpty())
            m_notifyChannel->setText(channel);
    });
    connect(m_clearButton, &QPushButton::clicked, this, &ListenConsole::clearNotifications);
    connect(m_sendButton, &QPushButton::clicked, this, &ListenConsole::sendFromFields);
    connect(m_payload, &QLineEdit::returnPressed, this, &ListenConsole::sendFromFields);

    connect(m_connection, &PgConnection::stateChanged, this, &ListenConsole::updateState);
    connect(m_connection, &PgConnection::opened, this, [this] {
        m_lastError = PgError();
        listenAll();
        updateState();
    });
    connect(m_connection, &PgConnection::openFailed, this, [this](const PgError &error) {
        m_lastError = error;
        updateState();
    });
    connect(m_connection, &PgConnection::connectionLost, this, [this](const PgError &error) {
        m_lastError = error;
        updateState();
    });
    connect(m_connection, &PgConnection::notificationReceived, this, &ListenConsole::onNotification);
    connect(m_connection, &PgConnection::statementFinished, this, &ListenConsole::onStatementFinished);
    connect(m_connection, &PgConnection::runFinished, this, [this](quint64 runId, bool) { m_pending.remove(runId); });
    updateState();
}

ListenConsole::~ListenConsole() = default;

void ListenConsole::open(const ConnectionParams &params)
{
    ConnectionParams p = params;
    if (!p.contains(QStringLiteral("application_name")))
        p.set(QStringLiteral("application_name"), QStringLiteral("Pixetric Studio (listen)"));
    m_opened = true;
    m_lastError = PgError();
    showMessage({});
    m_connection->open(p);
    updateState();
}

void ListenConsole::reconnect()
{
    if (!m_opened)
        return;
    m_lastError = PgError();
    showMessage({});
    m_connection->reopen();
    updateState();
}

void ListenConsole::close()
{
    m_connection->close();
}

QString ListenConsole::quoteIdentifier(const QString &name)
{
    QString quoted = name;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString ListenConsole::channelProblem(const QString &channel)
{
    if (channel.isEmpty())
        return tr("Enter a channel name.");
    if (channel.contains(QChar(0)))
        return tr("A channel name cannot contain a NUL character.");
    const qsizetype bytes = channel.toUtf8().size();
    if (bytes > MaxChannelBytes)
        return tr("“%1” is %2 bytes long; PostgreSQL channel names have at most %3. Use a shorter name.")
            .arg(channel)
            .arg(bytes)
            .arg(MaxChannelBytes);
    return {};
}

QString ListenConsole::addChannel(const QString &channel)
{
    const QString problem = channelProblem(channel);
    if (!problem.isEmpty())
        return problem;
    if (m_channels.contains(channel))
        return tr("Already listening on “%1”.").arg(channel);
    m_channels << channel;
    m_channelList->addItem(channel);
    if (m_connection->isOpen())
        m_pending.insert(m_connection->execute(QStringLiteral("LISTEN ") + quoteIdentifier(channel)),
                         {Action::Listen, {channel}});
    Q_EMIT channelsChanged(m_channels);
    updateState();
    return {};
}

void ListenConsole::removeChannel(const QString &channel)
{
    const qsizetype at = m_channels.indexOf(channel);
    if (at < 0)
        return;
    m_channels.removeAt(at);
    delete m_channelList->takeItem(int(at));
    if (m_connection->isOpen())
        m_pending.insert(m_connection->execute(QStringLiteral("UNLISTEN ") + quoteIdentifier(channel)),
                         {Action::Unlisten, {channel}});
    Q_EMIT channelsChanged(m_channels);
    updateState();
}

QString ListenConsole::sendNotification(const QString &channel, const QString &payload)
{
    const QString problem = channelProblem(channel);
    if (!problem.isEmpty())
        return problem;
    if (!m_connection->isOpen())
        return tr("Not connected. Reconnect, then send the notification again.");
    // Parameters, not quoting: the channel and payload reach the server exactly as typed.
    const quint64 id = m_connection->execute(QStringLiteral("SELECT pg_notify($1, $2)"),
                                             {channel.toUtf8(), payload.toUtf8()});
    m_pending.insert(id, {Action::Notify, {channel}});
    return {};
}

void ListenConsole::clearNotifications()
{
    m_model->removeRows(0, m_model->rowCount());
}

QString ListenConsole::statusText() const
{
    return m_state->text();
}

QString ListenConsole::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void ListenConsole::listenAll()
{
    // One run per channel, so a channel the server refuses does not stop the others.
    for (const QString &channel : std::as_const(m_channels))
        m_pending.insert(m_connection->execute(QStringLiteral("LISTEN ") + quoteIdentifier(channel)),
                         {Action::Relisten, {channel}});
}

void ListenConsole::onNotification(const PgNotification &notification)
{
    QScrollBar *bar = m_table->verticalScrollBar();
    const bool atEnd = bar->value() == bar->maximum();
    const QDateTime at = notification.receivedAt.isValid() ? notification.receivedAt : QDateTime::currentDateTime();
    const bool own = notification.senderPid == m_connection->serverInfo().backendPid;
    m_model->appendRow({cell(at.toString(QStringLiteral("HH:mm:ss.zzz")), at.toString(Qt::ISODateWithMs)),
                        cell(notification.channel), cell(notification.payload),
                        cell(QString::number(notification.senderPid),
                             own ? tr("Sent by this console's own session") : QString())});
    if (m_model->rowCount() > MaxRows)
        m_model->removeRows(0, m_model->rowCount() - MaxRows);
    if (atEnd)
        m_table->scrollToBottom();
    Q_EMIT notificationReceived(notification);
}

void ListenConsole::onStatementFinished(quint64 runId, const StatementOutcome &outcome)
{
    const auto it = m_pending.constFind(runId);
    if (it == m_pending.cend() || !outcome.error.isError())
        return;
    const Pending pending = *it;
    // A lost connection is shown in the state line; the channels stay and are listened on
    // again after Reconnect.
    if (outcome.error.kind == PgError::Kind::ConnectionLost)
        return;
    const QString channel = pending.channels.value(0);
    const QString why = outcome.error.toDisplayString();
    switch (pending.action) {
    case Action::Listen:
    case Action::Relisten:
        if (outcome.error.kind == PgError::Kind::Server) {
            const qsizetype at = m_channels.indexOf(channel);
            if (at >= 0) {
                m_channels.removeAt(at);
                delete m_channelList->takeItem(int(at));
                Q_EMIT channelsChanged(m_channels);
            }
        }
        showMessage(tr("Could not listen on “%1”: %2").arg(channel, why));
        break;
    case Action::Unlisten:
        showMessage(tr("Could not stop listening on “%1”: %2").arg(channel, why));
        break;
    case Action::Notify:
        showMessage(tr("The notification to “%1” was not sent: %2").arg(channel, why));
        break;
    }
    updateState();
}

void ListenConsole::updateState()
{
    const PgConnection::State state = m_connection->state();
    const QString who = m_connection->params().displayName();
    QString text;
    switch (state) {
    case PgConnection::State::Disconnected:
        text = m_opened ? tr("Disconnected. Click Reconnect to listen again.")
                        : tr("Not connected. Open a connection to listen for notifications.");
        break;
    case PgConnection::State::Connecting:
        text = tr("Connecting to %1…").arg(who);
        break;
    case PgConnection::State::Ready:
    case PgConnection::State::Busy: {
        const int pid = m_connection->serverInfo().backendPid;
        text = m_channels.isEmpty()
            ? tr("Connected as %1 (PID %2). Add a channel to listen on.").arg(who).arg(pid)
            : tr("Listening on %n channel(s) as %1 (PID %2).", nullptr, int(m_channels.size())).arg(who).arg(pid);
        break;
    }
    case PgConnection::State::Failed:
        text = m_lastError.kind == PgError::Kind::Connection
            ? tr("Could not connect to %1: %2\nCheck the connection, then click Reconnect.").arg(who, m_lastError.toDisplayString())
            : tr("The connection to %1 was lost: %2\nClick Reconnect to open it again and listen on the channels again.")
                  .arg(who, m_lastError.toDisplayString());
        break;
    }
    m_state->setText(text);
    m_reconnect->setVisible(m_opened && (state == PgConnection::State::Failed || state == PgConnection::State::Disconnected));
    m_sendButton->setEnabled(m_connection->isOpen());
}

void ListenConsole::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void ListenConsole::addFromField()
{
    const QString problem = addChannel(m_channelEdit->text());
    showMessage(problem);
    if (problem.isEmpty())
        m_channelEdit->clear();
}

void ListenConsole::removeSelected()
{
    const QList<QListWidgetItem *> selected = m_channelList->selectedItems();
    QStringList names;
    for (const QListWidgetItem *item : selected)
        names << item->text();
    for (const QString &name : std::as_const(names))
        removeChannel(name);
}

void ListenConsole::sendFromFields()
{
    const QString problem = sendNotification(m_notifyChannel->text(), m_payload->text());
    showMessage(problem);
    if (problem.isEmpty())
        m_payload->selectAll();
}

} // namespace Pixetric
