namespace Frivillighed.Associations.Model;

// The documents decisions rest on: statutes and board list (approval under FOL §4), last year's accounts (the
// premises grant and the statutory grants), the minutes of the general assembly.
public enum DocumentKind
{
    Statutes,
    BoardList,
    Accounts,
    GeneralAssemblyMinutes,
}
