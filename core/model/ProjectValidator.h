#pragma once

#include "Diagnostic.h"
#include "Project.h"
#include "ProjectIndex.h"

namespace gatehouse {

// The model's invariants, in one place: unique and well-formed names, and
// references that point at something. The document refuses an edit that
// breaks one; the importer and the project file refuse such a project.
// Expressions are checked by the expression checker, not here.
class ProjectValidator
{
public:
    static Diagnostics validate(const Project &project);
    // The first error as one line, or an empty string when there is none.
    static QString firstError(const Project &project);

private:
    static void checkSettings(const ProjectIndex &project, Diagnostics &out);
    static void checkDataTypes(const ProjectIndex &project, Diagnostics &out);
    static void checkDataType(const ProjectIndex &project, const DataType &type, Diagnostics &out);
    static void checkPrivacyRules(const DataType &type, Diagnostics &out);
    static void checkTokens(const ProjectIndex &project, Diagnostics &out);
};

// Adds an error to a list; shared by the validators.
void addError(Diagnostics &out, const QString &code, const QString &location,
              const QString &message, const QString &help = {});
// `text` in backticks, as every message quotes the user's own words.
QString quoted(const QString &text);

} // namespace gatehouse
