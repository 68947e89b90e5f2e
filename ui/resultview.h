#pragma once

#include "pgerror.h"
#include "resultformatter.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QMenu;
class QProgressDialog;
class QTableView;
class QTimer;

namespace Pixetric {

class ResultExport;
class ResultModel;

// The grid for one result set: a table over a ResultModel, with a status line (rows, timing,
// whether the run completed), copying and exporting.
//  - Fast on any size: fixed row height, columns sized from the first rows only, cells
//    converted to text only when painted.
//  - Ctrl+C copies the selected cells as TSV without a header line (ready to paste into a
//    spreadsheet); the context menu copies the selection, or everything, as CSV, TSV, JSON or
//    SQL INSERT with headers. A selection that is not a rectangle is copied as the rows and
//    columns it touches.
//  - Export… writes all rows to a file on a worker thread with a cancellable progress dialog;
//    the file appears only when complete.
// Errors (export, a result that could not be spilled to disk) show in a message line above
// the grid, saying what to do next.
//
// Thread affinity: GUI thread. Ownership: owns its model; the workbench feeds it through
// model() (setColumns() for a new result, appendChunk() per rowsArrived) and calls
// setTiming()/setFinished() as the run progresses.
class ResultView : public QWidget
{
    Q_OBJECT
public:
    enum class Scope { Selection, All };
    Q_ENUM(Scope)

    // Copies larger than this (as estimated from the result's text size) are refused with a
    // hint to export instead: the clipboard holds everything in memory, several times over.
    static constexpr qint64 MaxClipboardBytes = qint64(64) * 1024 * 1024;

    explicit ResultView(QWidget *parent = nullptr);
    ~ResultView() override;

    ResultModel *model() const { return m_model; }
    QTableView *tableView() const { return m_table; }

    // Time the statement took, shown in the status line.
    void setTiming(qint64 micros);
    // The run is over; complete is false when it was cancelled or failed after some rows.
    void setFinished(bool complete);
    // Target of SQL INSERT output; default "result", unqualified.
    void setInsertTarget(const QString &schema, const QString &table);

    // The rows in format: the selected cells, or every row. Empty when there is nothing to
    // copy; for Scope::Selection without a selection, the current cell.
    QByteArray formattedText(Pixetric::ExportFormat format, Scope scope, bool header = true) const;
    // Copies to the clipboard; header lines as formattedText(). Returns false (and says why in
    // the message line) when the text is too large for the clipboard or rows are unreadable.
    bool copyToClipboard(Pixetric::ExportFormat format, Scope scope, bool header = true);

    // Asks for a file name and format, then exportToFile().
    void exportInteractively();
    // Writes every row stored so far to path; returns at once, exportFinished() follows.
    void exportToFile(const QString &path, Pixetric::ExportFormat format);
    bool isExporting() const;
    void cancelExport();

    QString statusText() const;
    // The message line's text; empty when it is hidden.
    QString messageText() const;

Q_SIGNALS:
    void exportProgress(qint64 rowsWritten, qint64 rowsTotal);
    // message is the error (with what to do next) when ok is false, or a confirmation.
    void exportFinished(bool ok, const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct CellSet;

    CellSet cellsFor(Scope scope) const;
    void showMessage(const QString &text, bool error);
    void hideMessage();
    void updateStatus();
    void onModelReset();
    void onRowsInserted(int first, int last);
    void sizeColumns(int rows);
    void showContextMenu(const QPoint &pos);
    void onStoreError(const Pixetric::PgError &error);

    ResultModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_statusTimer = nullptr;
    QPointer<ResultExport> m_export;
    QPointer<QProgressDialog> m_progress;
    QString m_insertSchema;
    QString m_insertTable;
    QString m_lastExportDirectory;
    qint64 m_timingMicros = -1;
    bool m_finished = false;
    bool m_complete = true;
    bool m_columnsSized = false;
};

} // namespace Pixetric
