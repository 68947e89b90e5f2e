#include "resultview.h"

#include "resultexport.h"
#include "resultmodel.h"
#include "resultstore.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMimeData>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace Pixetric {

namespace {

// Rows looked at to size columns when the first rows arrive. Measuring text is the costly
// part of resizeColumnsToContents(); a sample this size is enough to get widths right.
constexpr int ColumnSizingRows = 100;
constexpr int StatusUpdateMs = 100;

QString formatDuration(qint64 micros)
{
    const QLocale locale;
    if (micros < 1000)
        return ResultView::tr("%1 ms").arg(locale.toString(double(micros) / 1000.0, 'f', 2));
    if (micros < 10'000'000)
        return ResultView::tr("%1 ms").arg(locale.toString((micros + 500) / 1000));
    if (micros < 120'000'000)
        return ResultView::tr("%1 s").arg(locale.toString(double(micros) / 1e6, 'f', 1));
    const qint64 seconds = (micros + 500'000) / 1'000'000;
    return ResultView::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
}

struct FormatChoice
{
    ExportFormat format;
    const char *label;
};

constexpr FormatChoice FormatChoices[] = {
    {ExportFormat::Csv, QT_TRANSLATE_NOOP("Pixetric::ResultView", "CSV")},
    {ExportFormat::Tsv, QT_TRANSLATE_NOOP("Pixetric::ResultView", "TSV")},
    {ExportFormat::Json, QT_TRANSLATE_NOOP("Pixetric::ResultView", "JSON")},
    {ExportFormat::SqlInsert, QT_TRANSLATE_NOOP("Pixetric::ResultView", "SQL INSERT")},
};

} // namespace

// The cells a copy covers: row ranges (sorted, disjoint, inclusive) × columns in display order.
struct ResultView::CellSet
{
    QList<std::pair<qint64, qint64>> rows;
    QList<int> columns;
    qint64 rowCount() const
    {
        qint64 n = 0;
        for (const auto &r : rows)
            n += r.second - r.first + 1;
        return n;
    }
};

ResultView::ResultView(QWidget *parent)
    : QWidget(parent),
      m_model(new ResultModel(this)),
      m_table(new QTableView(this)),
      m_message(new QLabel(this)),
      m_status(new QLabel(this)),
      m_statusTimer(new QTimer(this))
{
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setFrameShape(QFrame::StyledPanel);
    m_message->setMargin(4);
    m_message->hide();

    m_table->setModel(m_model);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setSortingEnabled(false);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerItem);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    // Every row the same fixed height: the view then maps scroll positions to rows by
    // arithmetic and never asks the model for size hints, whatever the row count.
    QHeaderView *rows = m_table->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    rows->setMinimumSectionSize(m_table->fontMetrics().height() + 2);
    rows->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    QHeaderView *columns = m_table->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setSectionsMovable(true);
    columns->setStretchLastSection(false);
    columns->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->installEventFilter(this);

    m_statusTimer->setSingleShot(true);
    m_statusTimer->setInterval(StatusUpdateMs);
    connect(m_statusTimer, &QTimer::timeout, this, &ResultView::updateStatus);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);

    connect(m_model, &QAbstractItemModel::modelReset, this, &ResultView::onModelReset);
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { onRowsInserted(first, last); });
    connect(m_model, &ResultModel::storeErrorOccurred, this, &ResultView::onStoreError);
    connect(m_table, &QWidget::customContextMenuRequested, this, &ResultView::showContextMenu);
    updateStatus();
}

ResultView::~ResultView()
{
    // The export's destructor cancels and waits for its worker; the dialog goes with us.
    delete m_export;
}

void ResultView::setTiming(qint64 micros)
{
    m_timingMicros = micros;
    updateStatus();
}

void ResultView::setFinished(bool complete)
{
    m_finished = true;
    m_complete = complete;
    updateStatus();
}

void ResultView::setInsertTarget(const QString &schema, const QString &table)
{
    m_insertSchema = schema;
    m_insertTable = table;
}

void ResultView::onModelReset()
{
    m_timingMicros = -1;
    m_finished = false;
    m_complete = true;
    m_columnsSized = false;
    hideMessage();
    sizeColumns(0);
    updateStatus();
}

void ResultView::onRowsInserted(int first, int last)
{
    if (!m_columnsSized && first == 0) {
        sizeColumns(qMin(last + 1, ColumnSizingRows));
        m_columnsSized = true;
        updateStatus();
        // Show the first rows now. A scheduled paint is a low-priority event that waits while
        // more chunks keep arriving, which on a big result can take a while.
        if (m_table->isVisible()) {
            m_table->doItemsLayout();
            m_table->repaint();
        }
        return;
    }
    // Chunks arrive every few milliseconds; relabel at a human pace.
    if (!m_statusTimer->isActive())
        m_statusTimer->start();
}

void ResultView::sizeColumns(int rows)
{
    const QFontMetrics metrics(m_table->font());
    QFont italic = m_table->font();
    italic.setItalic(true);
    const QFontMetrics nullMetrics(italic);
    const int margin = 2 * (m_table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_table) + 1) + 8;
    const int maxWidth = qMax(120, metrics.averageCharWidth() * 48);
    QHeaderView *header = m_table->horizontalHeader();
    for (int column = 0; column < m_model->columnCount(); ++column) {
        int width = qMin(maxWidth, header->sectionSizeHint(column));
        for (int row = 0; row < rows && width < maxWidth; ++row) {
            const QModelIndex index = m_model->index(row, column);
            const QString text = index.data(Qt::DisplayRole).toString();
            const bool isNull = index.data(ResultModel::IsNullRole).toBool();
            width = qMax(width, (isNull ? nullMetrics : metrics).horizontalAdvance(text) + margin);
        }
        m_table->setColumnWidth(column, qMin(width, maxWidth));
    }
}

void ResultView::updateStatus()
{
    const QLocale locale;
    const qint64 rows = m_model->totalRowCount();
    QString text;
    if (m_model->columnCount() == 0 && rows == 0 && !m_finished)
        text = QString();
    else if (rows == 1)
        text = tr("1 row");
    else
        text = tr("%1 rows").arg(locale.toString(rows));
    if (m_timingMicros >= 0)
        text = tr("%1 in %2").arg(text, formatDuration(m_timingMicros));
    if (!m_finished && (rows > 0 || m_model->columnCount() > 0))
        text = tr("%1, fetching…").arg(text);
    else if (m_finished && !m_complete)
        text = tr("%1 — incomplete: the run was cancelled or failed; these are the rows that arrived before.").arg(text);
    m_status->setText(text);
}

QString ResultView::statusText() const
{
    return m_status->text();
}

QString ResultView::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void ResultView::showMessage(const QString &text, bool error)
{
    QPalette palette = m_message->palette();
    if (error) {
        palette.setColor(QPalette::WindowText, QColor(0xa4, 0x00, 0x0f));
    } else {
        palette.setColor(QPalette::WindowText, this->palette().color(QPalette::WindowText));
    }
    m_message->setPalette(palette);
    m_message->setText(text);
    m_message->show();
}

void ResultView::hideMessage()
{
    m_message->clear();
    m_message->hide();
}

void ResultView::onStoreError(const PgError &error)
{
    showMessage(error.toDisplayString(), true);
}

bool ResultView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && (event->type() == QEvent::KeyPress || event->type() == QEvent::ShortcutOverride)) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Copy)) {
            // Replaces QAbstractItemView's copy, which takes the current cell only.
            if (event->type() == QEvent::ShortcutOverride) {
                event->accept();
            } else {
                copyToClipboard(ExportFormat::Tsv, Scope::Selection, false);
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

ResultView::CellSet ResultView::cellsFor(Scope scope) const
{
    CellSet cells;
    const qint64 rowCount = m_model->totalRowCount();
    const int columnCount = m_model->columnCount();
    QHeaderView *header = m_table->horizontalHeader();
    const auto inDisplayOrder = [header](QList<int> columns) {
        std::sort(columns.begin(), columns.end(),
                  [header](int a, int b) { return header->visualIndex(a) < header->visualIndex(b); });
        return columns;
    };

    if (scope == Scope::All) {
        if (rowCount > 0)
            cells.rows.append({0, rowCount - 1});
        for (int c = 0; c < columnCount; ++c)
            cells.columns.append(c);
        cells.columns = inDisplayOrder(cells.columns);
        return cells;
    }

    QList<std::pair<qint64, qint64>> ranges;
    QList<bool> used(columnCount, false);
    const QItemSelection selection = m_table->selectionModel()->selection();
    for (const QItemSelectionRange &range : selection) {
        ranges.append({range.top(), range.bottom()});
        for (int c = range.left(); c <= range.right(); ++c)
            used[c] = true;
    }
    if (ranges.isEmpty()) {
        const QModelIndex current = m_table->currentIndex();
        if (!current.isValid())
            return cells;
        ranges.append({current.row(), current.row()});
        used[current.column()] = true;
    }
    std::sort(ranges.begin(), ranges.end());
    for (const auto &r : ranges) {
        if (!cells.rows.isEmpty() && r.first <= cells.rows.last().second + 1)
            cells.rows.last().second = qMax(cells.rows.last().second, r.second);
        else
            cells.rows.append(r);
    }
    for (int c = 0; c < columnCount; ++c) {
        if (used.at(c))
            cells.columns.append(c);
    }
    cells.columns = inDisplayOrder(cells.columns);
    return cells;
}

QByteArray ResultView::formattedText(ExportFormat format, Scope scope, bool header) const
{
    const CellSet cells = cellsFor(scope);
    if (cells.columns.isEmpty() && (scope == Scope::Selection || m_model->columnCount() > 0))
        return {};

    const ResultColumns &all = m_model->columns();
    ResultColumns columns;
    bool identity = cells.columns.size() == all.size();
    for (int i = 0; i < cells.columns.size(); ++i) {
        columns.append(all.at(cells.columns.at(i)));
        identity = identity && cells.columns.at(i) == i;
    }
    ResultFormatter::Options options;
    options.header = header;
    if (!m_insertTable.isEmpty())
        options.tableName = m_insertTable;
    options.schemaName = m_insertSchema;
    ResultFormatter formatter(format, columns, options);

    const std::shared_ptr<const ResultStore> store = m_model->store();
    QByteArray out;
    formatter.begin(&out);
    for (const auto &[first, last] : cells.rows) {
        qint64 row = first;
        while (row <= last) {
            const ResultStore::Slice slice = store->sliceForRow(row);
            if (slice.chunk.isEmpty())
                return {}; // unreadable: better nothing than a copy with holes
            const int begin = int(row - slice.firstRow);
            const int end = int(qMin<qint64>(slice.chunk.rowCount(), last - slice.firstRow + 1));
            if (identity) {
                formatter.append(slice.chunk, begin, end - begin, &out);
            } else {
                ResultChunk part(int(cells.columns.size()));
                for (int r = begin; r < end; ++r) {
                    for (int c : cells.columns) {
                        if (slice.chunk.isNull(r, c)) {
                            part.appendNull();
                        } else {
                            const QByteArrayView value = slice.chunk.value(r, c);
                            part.appendValue(value.data(), value.size());
                        }
                    }
                }
                formatter.append(part, &out);
            }
            row = slice.firstRow + end;
        }
    }
    formatter.end(&out);
    return out;
}

bool ResultView::copyToClipboard(ExportFormat format, Scope scope, bool header)
{
    const CellSet cells = cellsFor(scope);
    if (scope == Scope::Selection && cells.columns.isEmpty())
        return false; // nothing selected: leave the clipboard alone
    const qint64 rows = m_model->totalRowCount();
    const int columns = m_model->columnCount();
    if (rows > 0 && columns > 0) {
        const double share = double(cells.rowCount()) / double(rows) * double(cells.columns.size()) / double(columns);
        const qint64 estimate = qint64(double(m_model->store()->textBytes()) * share);
        if (estimate > MaxClipboardBytes) {
            showMessage(tr("The selection is too large for the clipboard (about %1). Use Export… to write it to a file.")
                            .arg(QLocale().formattedDataSize(estimate)),
                        true);
            return false;
        }
    }
    const QByteArray text = formattedText(format, scope, header);
    if (text.isEmpty() && m_model->store()->error().isError()) {
        showMessage(tr("Could not copy: %1").arg(m_model->store()->error().toDisplayString()), true);
        return false;
    }
    auto *mime = new QMimeData;
    mime->setText(QString::fromUtf8(text));
    if (format == ExportFormat::Csv)
        mime->setData(QStringLiteral("text/csv"), text);
    else if (format == ExportFormat::Json)
        mime->setData(QStringLiteral("application/json"), text);
    QGuiApplication::clipboard()->setMimeData(mime);
    return true;
}

void ResultView::showContextMenu(const QPoint &pos)
{
    QMenu menu(this);
    QAction *copy = menu.addAction(tr("Copy"), this, [this] {
        copyToClipboard(ExportFormat::Tsv, Scope::Selection, false);
    });
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutVisibleInContextMenu(true);
    const bool hasSelection = m_table->selectionModel()->hasSelection() || m_table->currentIndex().isValid();
    copy->setEnabled(hasSelection);

    QMenu *copySelection = menu.addMenu(tr("Copy as"));
    copySelection->setEnabled(hasSelection);
    QMenu *copyAll = menu.addMenu(tr("Copy All as"));
    copyAll->setEnabled(m_model->totalRowCount() > 0 || m_model->columnCount() > 0);
    for (const FormatChoice &choice : FormatChoices) {
        const ExportFormat format = choice.format;
        copySelection->addAction(tr(choice.label), this, [this, format] {
            copyToClipboard(format, Scope::Selection);
        });
        copyAll->addAction(tr(choice.label), this, [this, format] {
            copyToClipboard(format, Scope::All);
        });
    }
    menu.addSeparator();
    menu.addAction(tr("Select All"), m_table, &QTableView::selectAll);
    QAction *exportAction = menu.addAction(tr("Export…"), this, &ResultView::exportInteractively);
    exportAction->setEnabled(!isExporting() && m_model->columnCount() > 0);
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

void ResultView::exportInteractively()
{
    if (isExporting()) {
        showMessage(tr("An export of this result is already running. Wait for it or cancel it first."), true);
        return;
    }
    QStringList filters;
    for (const FormatChoice &choice : FormatChoices)
        filters << tr("%1 (*.%2)").arg(tr(choice.label), ResultFormatter::fileSuffix(choice.format));
    if (m_lastExportDirectory.isEmpty())
        m_lastExportDirectory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString filter = filters.first();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Result"), QDir(m_lastExportDirectory).filePath(QStringLiteral("result.csv")),
        filters.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty())
        return;
    m_lastExportDirectory = QFileInfo(path).absolutePath();
    // The typed suffix wins over the filter, so "rows.json" is JSON whatever filter was on;
    // a name without one gets the filter's.
    ExportFormat format = FormatChoices[qMax(0, int(filters.indexOf(filter)))].format;
    const QString suffix = QFileInfo(path).suffix().toLower();
    for (const FormatChoice &choice : FormatChoices) {
        if (suffix == ResultFormatter::fileSuffix(choice.format))
            format = choice.format;
    }
    exportToFile(suffix.isEmpty() ? path + QLatin1Char('.') + ResultFormatter::fileSuffix(format) : path, format);
}

bool ResultView::isExporting() const
{
    return m_export && m_export->isRunning();
}

void ResultView::cancelExport()
{
    if (m_export)
        m_export->cancel();
}

void ResultView::exportToFile(const QString &path, ExportFormat format)
{
    if (isExporting()) {
        const QString text = tr("An export of this result is already running. Wait for it or cancel it first.");
        showMessage(text, true);
        Q_EMIT exportFinished(false, text);
        return;
    }
    hideMessage();
    ResultExport::Request request;
    request.store = m_model->store();
    request.columns = m_model->columns();
    request.format = format;
    request.path = path;
    if (!m_insertTable.isEmpty())
        request.options.tableName = m_insertTable;
    request.options.schemaName = m_insertSchema;
    // Columns in the order shown, as copying does.
    const CellSet cells = cellsFor(Scope::All);
    bool reordered = false;
    for (int i = 0; i < cells.columns.size(); ++i)
        reordered = reordered || cells.columns.at(i) != i;
    if (reordered)
        request.columnOrder = cells.columns;

    auto *job = new ResultExport(this);
    m_export = job;
    const QString shownPath = QDir::toNativeSeparators(path);
    auto *progress = new QProgressDialog(tr("Exporting to %1…").arg(shownPath), tr("Cancel"), 0, 1000, this);
    progress->setWindowTitle(tr("Export Result"));
    progress->setWindowModality(Qt::NonModal); // the grid stays usable meanwhile
    progress->setMinimumDuration(400);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setValue(0);
    m_progress = progress;
    connect(progress, &QProgressDialog::canceled, job, &ResultExport::cancel);
    connect(job, &ResultExport::progress, this, [this, progress](qint64 written, qint64 total) {
        progress->setValue(total > 0 ? int(written * 1000 / total) : 1000);
        Q_EMIT exportProgress(written, total);
    });
    connect(job, &ResultExport::finished, this,
            [this, job, progress, shownPath](ResultExport::Outcome outcome, const QString &message) {
        const qint64 rows = job->rowsWritten();
        progress->close();
        progress->deleteLater();
        job->deleteLater();
        switch (outcome) {
        case ResultExport::Outcome::Succeeded: {
            const QString text = rows == 1 ? tr("Exported 1 row to %1.").arg(shownPath)
                                           : tr("Exported %1 rows to %2.").arg(QLocale().toString(rows), shownPath);
            showMessage(text, false);
            Q_EMIT exportFinished(true, text);
            break;
        }
        case ResultExport::Outcome::Cancelled: {
            const QString text = tr("Export cancelled; %1 was not written.").arg(shownPath);
            showMessage(text, false);
            Q_EMIT exportFinished(false, text);
            break;
        }
        case ResultExport::Outcome::Failed:
            showMessage(message, true);
            Q_EMIT exportFinished(false, message);
            break;
        }
    });
    job->start(request);
}

} // namespace Pixetric
