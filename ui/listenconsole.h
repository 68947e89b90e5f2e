#pragma once

#include "connectionparams.h"
#include "pgconnection.h"
#include "pgtypes.h"

#include <QHash>
#include <QStringList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace Pixetric {

// A LISTEN / NOTIFY console on a session of its own: channels to listen on, the notifications
// that arrive (time, channel, payload, sender PID), and a field to send one with
// pg_notify($1, $2). Channel names are taken exactly as typed (case, spaces, quotes and any
// script kept) and quoted for LISTEN and UNLISTEN. The connection state is always shown; when
// the connection is lost, Reconnect opens it again and listens on every channel again.
//
// Thread affinity: GUI thread. Ownership: owns its PgConnection (one connection per activity:
// listening must not share a session with the editor's transactions).
class ListenConsole : public QWidget
{
    Q_OBJECT
public:
    enum Column { TimeColumn, ChannelColumn, PayloadColumn, SenderColumn, ColumnCount };
    Q_ENUM(Column)

    // Older notifications are dropped beyond this many rows.
    static constexpr int MaxRows = 10000;
    // PostgreSQL's NAMEDATALEN - 1: longer channel names would be cut by the server.
    static constexpr int MaxChannelBytes = 63;

    explicit ListenConsole(QWidget *parent = nullptr);
    ~ListenConsole() override;

    // Opens the console's own session; application_name defaults to "Pixetric Studio (listen)".
    void open(const ConnectionParams &params);
    // Opens the session again with the same parameters and listens on every channel again.
    void reconnect();
    void close();
    PgConnection *connection() const { return m_connection; }

    // Listens on channel (now if connected, else once connected). Returns why it cannot, for
    // people, or an empty string. A server error later removes the channel again and shows why.
    QString addChannel(const QString &channel);
    void removeChannel(const QString &channel);
    QStringList channels() const { return m_channels; }

    // NOTIFY channel with payload through pg_notify($1, $2). Returns why it cannot be sent,
    // or an empty string; server errors show in messageText().
    QString sendNotification(const QString &channel, const QString &payload);
    void clearNotifications();

    // Time, channel, payload, sender PID; oldest first.
    QStandardItemModel *notifications() const { return m_model; }
    // What the state line says, e.g. "Listening on 2 channels as app@db:5432/shop (PID 4711)."
    QString statusText() const;
    // The last problem shown (a failed LISTEN or NOTIFY), empty when none.
    QString messageText() const;

    // "name" with embedded quotes doubled, for LISTEN and UNLISTEN.
    static QString quoteIdentifier(const QString &name);
    // Why channel cannot be a channel name, for people; empty when it can.
    static QString channelProblem(const QString &channel);

Q_SIGNALS:
    void notificationReceived(const Pixetric::PgNotification &notification);
    void channelsChanged(const QStringList &channels);

private:
    enum class Action { Listen, Unlisten, Notify, Relisten };
    struct Pending
    {
        Action action = Action::Listen;
        QStringList channels;
    };

    void onNotification(const PgNotification &notification);
    void onStatementFinished(quint64 runId, const StatementOutcome &outcome);
    void listenAll();
    void updateState();
    void showMessage(const QString &text);
    void addFromField();
    void removeSelected();
    void sendFromFields();

    PgConnection *m_connection = nullptr;
    QStringList m_channels;
    QHash<quint64, Pending> m_pending;
    PgError m_lastError;  // why the connection failed or was lost
    bool m_opened = false;

    QLabel *m_state = nullptr;
    QPushButton *m_reconnect = nullptr;
    QLineEdit *m_channelEdit = nullptr;
    QPushButton *m_listenButton = nullptr;
    QListWidget *m_channelList = nullptr;
    QPushButton *m_unlistenButton = nullptr;
    QTableView *m_table = nullptr;
    QStandardItemModel *m_model = nullptr;
    QPushButton *m_clearButton = nullptr;
    QLineEdit *m_notifyChannel = nullptr;
    QLineEdit *m_payload = nullptr;
    QPushButton *m_sendButton = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace Pixetric
