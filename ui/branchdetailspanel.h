#pragma once

#include "fabric.h"

#include <QPointer>
#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;
class QStackedWidget;
class QTimer;
class QToolButton;

namespace Pixetric {


// Everything known about one branch: state, compute, size, creation, clone method, branch
// point (LSN and time), endpoint, server version, its connection string (password hidden until
// Show is pressed) and the auto-suspend time, which can be changed here (a spin box in minutes,
// 0 = never; the fabric is told after a short pause, so stepping through values sends one
// operation). A failed compute's message is shown in red.
//
// Thread affinity: GUI thread. Ownership: does not own the fabric.
class BranchDetailsPanel : public QWidget
{
    Q_OBJECT
public:
    static constexpr int AutoSuspendDelayMs = 600;

    explicit BranchDetailsPanel(QWidget *parent = nullptr);
    ~BranchDetailsPanel() override;

    void setFabric(Fabric *fabric);
    // Shows branch; a branch with an empty name clears the panel.
    void setBranch(const BranchInfo &branch);
    void clear();
    QString branchName() const { return m_branch.name; }

    // The connection string as shown (password masked unless revealed).
    QString connectionText() const;
    bool isPasswordShown() const;
    void setPasswordShown(bool shown);
    // The value of a field by its object name ("state", "cloneMethod", "branchLsn", …), for tests.
    QString fieldText(const QString &objectName) const;

    QSpinBox *autoSuspendField() const { return m_autoSuspend; }
    QToolButton *showPasswordButton() const { return m_showPassword; }

    // "postgresql://ann:s3cret@…" → "postgresql://ann:••••••@…".
    static QString maskPassword(const QString &uri);
    static QString cloneMethodDisplayName(const QString &method);

private:
    QLabel *addField(QFormLayout *form, const QString &label, const char *objectName);
    void updateConnection();
    void applyAutoSuspend();

    QPointer<Fabric> m_fabric;
    BranchInfo m_branch;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_placeholder = nullptr;
    QList<QLabel *> m_fields;
    QLabel *m_computeMessage = nullptr;
    QLineEdit *m_connection = nullptr;
    QToolButton *m_showPassword = nullptr;
    QToolButton *m_copy = nullptr;
    QSpinBox *m_autoSuspend = nullptr;
    QTimer *m_autoSuspendTimer = nullptr;
    bool m_updating = false;
};

} // namespace Pixetric
