#include "pgtypes.h"

namespace Pixetric {

bool ColumnInfo::isNumeric() const
{
    switch (typeOid) {
    case TypeOid::Int2:
    case TypeOid::Int4:
    case TypeOid::Int8:
    case TypeOid::Oid:
    case TypeOid::Float4:
    case TypeOid::Float8:
    case TypeOid::Numeric:
    case TypeOid::Money:
        return true;
    default:
        return false;
    }
}

} // namespace Pixetric
