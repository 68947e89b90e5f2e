#include "resultmodel.h"

#include "logging.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

#include <limits>

namespace Pixetric {

namespace {

// At most this many bytes of a value are looked at for display: MaxDisplayChars characters
// of UTF-8 take at most four bytes each. Painting a 10 MB value then costs what 4 kB does.
constexpr qsizetype DisplayScanBytes = qsizetype(ResultModel::MaxDisplayChars) * 4;

// Length of the longest prefix of text that does not end inside a UTF-8 sequence.
qsizetype completeUtf8Prefix(QByteArrayView text)
{
    qsizetype n = text.size();
    qsizetype lead = n;
    // Step back over at most three continuation bytes to the lead byte of the last sequence.
    while (lead > 0 && n - lead < 4 && (uchar(text.at(lead - 1)) & 0xC0) == 0x80)
        --lead;
    if (lead == 0)
        return n;
    const uchar first = uchar(text.at(lead - 1));
    const qsizetype needed = first >= 0xF0 ? 4 : first >= 0xE0 ? 3 : first >= 0xC0 ? 2 : 1;
    const qsizetype have = n - lead + 1;
    return have < needed ? lead - 1 : n;
}

} // namespace

ResultModel::ResultModel(QObject *parent) : QAbstractTableModel(parent)
{
    resetStore();
}

ResultModel::~ResultModel() = default;

void ResultModel::resetStore()
{
    // A new store rather than clearing the old one: an export may still be reading it.
    m_store = std::make_shared<ResultStore>();
    m_store->setMemoryBudget(m_budget);
    m_store->setSpillDirectory(m_spillDirectory);
    m_rowCount = 0;
    m_errorReported = false;
}

void ResultModel::setColumns(const ResultColumns &columns)
{
    beginResetModel();
    m_columns = columns;
    resetStore();
    endResetModel();
}

void ResultModel::clear()
{
    setColumns({});
}

void ResultModel::appendChunk(const ResultChunk &chunk)
{
    if (chunk.isEmpty())
        return;
    if (chunk.columnCount() != m_columns.size()) {
        qCWarning(lcUi) << "ResultModel: dropped a chunk with" << chunk.columnCount()
                        << "columns for a result with" << m_columns.size();
        return;
    }
    const qint64 first = m_rowCount;
    const qint64 last = first + chunk.rowCount() - 1;
    if (last > std::numeric_limits<int>::max()) {
        // Still stored (export writes it), but a Qt view cannot address it.
        m_store->append(chunk);
        m_rowCount = last + 1;
        return;
    }
    beginInsertRows(QModelIndex(), int(first), int(last));
    const bool stored = m_store->append(chunk);
    m_rowCount = last + 1;
    endInsertRows();
    if (!stored && !m_errorReported) {
        m_errorReported = true;
        Q_EMIT storeErrorOccurred(m_store->error());
    }
}

void ResultModel::setMemoryBudget(qint64 bytes)
{
    m_budget = bytes;
    m_store->setMemoryBudget(bytes);
}

void ResultModel::setSpillDirectory(const QString &directory)
{
    m_spillDirectory = directory;
    m_store->setSpillDirectory(directory);
}

int ResultModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return int(qMin<qint64>(m_rowCount, std::numeric_limits<int>::max()));
}

int ResultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QString ResultModel::displayText(QByteArrayView value)
{
    QByteArrayView head = value.first(qMin(value.size(), DisplayScanBytes));
    bool cut = head.size() < value.size();
    const qsizetype newline = [&] {
        for (qsizetype i = 0; i < head.size(); ++i) {
            const char c = head.at(i);
            if (c == '\n' || c == '\r')
                return i;
        }
        return qsizetype(-1);
    }();
    if (newline >= 0) {
        head = head.first(newline);
        cut = true;
    } else if (cut) {
        head = head.first(completeUtf8Prefix(head));
    }
    QString text = QString::fromUtf8(head);
    if (text.size() > MaxDisplayChars) {
        text.truncate(MaxDisplayChars);
        if (text.back().isHighSurrogate())
            text.chop(1);
        cut = true;
    }
    if (cut)
        text += QChar(0x2026); // …
    return text;
}

bool ResultModel::needsValue(int role)
{
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case Qt::FontRole:
    case Qt::ForegroundRole:
    case IsNullRole:
    case RawValueRole:
        return true;
    default:
        return false;
    }
}

ResultStore::Slice ResultModel::sliceFor(const QModelIndex &index) const
{
    ResultStore::Slice slice = m_store->sliceForRow(index.row());
    if (slice.chunk.isEmpty() && !m_errorReported) {
        // The store could not read the rows back; say so once, outside of painting.
        auto *self = const_cast<ResultModel *>(this);
        QMetaObject::invokeMethod(self, [self] {
            if (!self->m_errorReported && self->m_store->error().isError()) {
                self->m_errorReported = true;
                Q_EMIT self->storeErrorOccurred(self->m_store->error());
            }
        }, Qt::QueuedConnection);
    }
    return slice;
}

QVariant ResultModel::cellData(const ResultStore::Slice &slice, const QModelIndex &index, int role) const
{
    if (role == Qt::TextAlignmentRole) {
        if (m_columns.at(index.column()).isNumeric())
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (!needsValue(role))
        return {};
    if (slice.chunk.isEmpty())
        return role == Qt::DisplayRole ? QVariant(tr("(unreadable)")) : QVariant();

    const int row = int(index.row() - slice.firstRow);
    const int column = index.column();
    const bool isNull = slice.chunk.isNull(row, column);
    switch (role) {
    case Qt::DisplayRole:
        return isNull ? QStringLiteral("NULL") : displayText(slice.chunk.value(row, column));
    case Qt::EditRole:
        if (isNull)
            return {};
        return QString::fromUtf8(slice.chunk.value(row, column));
    case RawValueRole: {
        if (isNull)
            return QByteArray();
        // Never a null QByteArray for a value, so that '' and NULL stay apart.
        QByteArray bytes = slice.chunk.value(row, column).toByteArray();
        if (bytes.isNull())
            bytes = QByteArray("");
        return bytes;
    }
    case IsNullRole:
        return isNull;
    case Qt::FontRole:
        if (isNull) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (isNull)
            return QGuiApplication::palette().color(QPalette::Active, QPalette::PlaceholderText);
        return {};
    default:
        return {};
    }
}

bool ResultModel::isValidCell(const QModelIndex &index) const
{
    return index.isValid() && index.model() == this && index.row() < m_rowCount
        && index.column() < m_columns.size();
}

QVariant ResultModel::data(const QModelIndex &index, int role) const
{
    if (!isValidCell(index))
        return {};
    if (!needsValue(role))
        return cellData({}, index, role);
    return cellData(sliceFor(index), index, role);
}

void ResultModel::multiData(const QModelIndex &index, QModelRoleDataSpan roleDataSpan) const
{
    // The delegate asks for a dozen roles per cell when painting: look the row up once.
    if (!isValidCell(index)) {
        for (QModelRoleData &data : roleDataSpan)
            data.clearData();
        return;
    }
    ResultStore::Slice slice;
    bool looked = false;
    for (QModelRoleData &data : roleDataSpan) {
        if (needsValue(data.role()) && !looked) {
            slice = sliceFor(index);
            looked = true;
        }
        data.setData(cellData(slice, index, data.role()));
    }
}

QVariant ResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical || section < 0 || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    const ColumnInfo &column = m_columns.at(section);
    switch (role) {
    case Qt::DisplayRole:
        return column.name;
    case Qt::ToolTipRole: {
        const QString type = typeName(column.typeOid);
        return type.isEmpty()
            ? tr("%1\nType OID %2").arg(column.name).arg(column.typeOid)
            : tr("%1\nType %2 (OID %3)").arg(column.name, type).arg(column.typeOid);
    }
    case Qt::TextAlignmentRole:
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

QHash<int, QByteArray> ResultModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IsNullRole, QByteArrayLiteral("isNull"));
    names.insert(RawValueRole, QByteArrayLiteral("rawValue"));
    return names;
}

QString ResultModel::typeName(quint32 typeOid)
{
    switch (typeOid) {
    case TypeOid::Bool: return QStringLiteral("bool");
    case TypeOid::Bytea: return QStringLiteral("bytea");
    case 18: return QStringLiteral("char");
    case 19: return QStringLiteral("name");
    case TypeOid::Int8: return QStringLiteral("int8");
    case TypeOid::Int2: return QStringLiteral("int2");
    case TypeOid::Int4: return QStringLiteral("int4");
    case TypeOid::Text: return QStringLiteral("text");
    case TypeOid::Oid: return QStringLiteral("oid");
    case TypeOid::Json: return QStringLiteral("json");
    case 142: return QStringLiteral("xml");
    case 600: return QStringLiteral("point");
    case 650: return QStringLiteral("cidr");
    case TypeOid::Float4: return QStringLiteral("float4");
    case TypeOid::Float8: return QStringLiteral("float8");
    case TypeOid::Money: return QStringLiteral("money");
    case 829: return QStringLiteral("macaddr");
    case 869: return QStringLiteral("inet");
    case 1007: return QStringLiteral("int4[]");
    case 1009: return QStringLiteral("text[]");
    case 1042: return QStringLiteral("bpchar");
    case 1043: return QStringLiteral("varchar");
    case 1082: return QStringLiteral("date");
    case 1083: return QStringLiteral("time");
    case 1114: return QStringLiteral("timestamp");
    case 1184: return QStringLiteral("timestamptz");
    case 1186: return QStringLiteral("interval");
    case 1266: return QStringLiteral("timetz");
    case 1560: return QStringLiteral("bit");
    case 1562: return QStringLiteral("varbit");
    case TypeOid::Numeric: return QStringLiteral("numeric");
    case 2950: return QStringLiteral("uuid");
    case 3614: return QStringLiteral("tsvector");
    case TypeOid::Jsonb: return QStringLiteral("jsonb");
    default: return {};
    }
}

} // namespace Pixetric
