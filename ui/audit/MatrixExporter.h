#pragma once

#include <QString>

namespace gatehouse {

class Prompter;
namespace audit {
class AccessMatrix;
}

// Writes the access matrix with core/audit's exporters (the same bytes as
// `gatehouse-cli matrix`) to a file the Prompter asks for: whole or not at
// all, an error naming the file when it cannot.
class MatrixExporter
{
public:
    enum class Format
    {
        Csv,
        Html
    };

    explicit MatrixExporter(Prompter &prompter) : m_prompter(prompter) {}

    // `near`: the project file, whose folder and name the suggestion takes.
    // Returns the path written, empty when cancelled or failed.
    QString exportMatrix(const audit::AccessMatrix &matrix, Format format, const QString &near,
                         const QString &projectName) const;

private:
    Prompter &m_prompter;
};

} // namespace gatehouse
