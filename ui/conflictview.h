#pragma once

#include "migrationjobs.h"

#include <QWidget>

#include <array>

class QLabel;
class QListWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace Pixetric {

class SqlViewer;

// What a promote that ended in a conflict found: the target changed after the preview forked
// from it, in ways that clash with the preview. At the top the promote's own verdict and its
// conflict lines (PromoteReport::conflicts: object by object, or a version applied to the
// target meanwhile) and what to do; below, the three-way comparison object by object (fork
// point → preview, fork point → target, the verdict; conflicts first, in red); for the selected
// object its attributes on the three sides and its SQL at the fork point, on the preview and on
// the target side by side, the lines that differ from the fork point marked.
//
// Everything shown is computed before (MigrationJobs::promote on a worker thread); the view
// only displays it.
//
// Thread affinity: GUI thread.
class ConflictView : public QWidget
{
    Q_OBJECT
public:
    enum Side { ForkPointSide, PreviewSide, TargetSide };

    explicit ConflictView(QWidget *parent = nullptr);
    ~ConflictView() override;

    void setConflict(const PromoteReport &report, const ConflictDetail &detail);
    void clear();
    bool hasConflict() const { return !m_report.preview.isEmpty(); }

    // Selects the object with this key (ThreeWayObject::key); false when it is not listed.
    bool selectObject(const QString &key);
    QString selectedKey() const;

    QString headerText() const;
    QStringList conflictLines() const { return m_report.conflicts; }
    QTreeWidget *objectsTree() const { return m_objects; }
    QTreeWidget *attributesTree() const { return m_attributes; }
    QListWidget *conflictList() const { return m_lines; }
    SqlViewer *ddlViewer(Side side) const { return m_ddl[size_t(side)]; }

    static QString verdictText(ThreeWayObject::Verdict verdict);
    static QString changeText(ObjectDiff::State state);

private:
    void showObject(QTreeWidgetItem *item);

    PromoteReport m_report;
    ConflictDetail m_detail;
    QLabel *m_header = nullptr;
    QListWidget *m_lines = nullptr;
    QLabel *m_detailNote = nullptr;
    QTreeWidget *m_objects = nullptr;
    QTreeWidget *m_attributes = nullptr;
    std::array<QLabel *, 3> m_ddlHeaders{};
    std::array<SqlViewer *, 3> m_ddl{};
};

} // namespace Pixetric
