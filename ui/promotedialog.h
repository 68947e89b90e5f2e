#pragma once

#include <QDialog>
#include <QStringList>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace Pixetric {

// Confirms promoting a rehearsed preview into its target: says what happens (the rehearsed
// migrations are applied to the target in one transaction, after the target is checked against
// the fork point) and lists the versions. A protected target needs its name typed before
// Promote is enabled, as DiscardBranchDialog asks for a protected branch's name; the panel then
// promotes with PromoteOptions::confirmedProtected.
//
// Thread affinity: GUI thread. Opened window-modal with open(), so no event loop nests.
class PromoteDialog : public QDialog
{
    Q_OBJECT
public:
    PromoteDialog(const QString &preview, const QString &target, bool targetProtected, const QStringList &versions,
                  QWidget *parent = nullptr);
    ~PromoteDialog() override;

    QString preview() const { return m_preview; }
    QString target() const { return m_target; }
    bool needsTypedName() const { return m_typed; }
    // True once the target's name is typed (always for an unprotected target).
    bool isConfirmed() const;

    // Null unless the name must be typed.
    QLineEdit *confirmationField() const { return m_confirmation; }
    QPushButton *promoteButton() const { return m_promote; }
    QListWidget *versionsList() const { return m_versions; }

private:
    QString m_preview;
    QString m_target;
    bool m_typed = false;
    QLineEdit *m_confirmation = nullptr;
    QListWidget *m_versions = nullptr;
    QPushButton *m_promote = nullptr;
};

} // namespace Pixetric
