using Frivillighed.Associations.Model;
using Frivillighed.Contracts.Associations;

namespace Frivillighed.Associations.Apis;

// ChecklistNotes: the case worker's note per §4 condition (Fol4Checklist's names), kept in the audit trail.
public sealed record ChangeStatusRequest(AssociationStatus? Status, string? Reason, Fol4Checklist? Checklist, Dictionary<string, string>? ChecklistNotes = null)
{
    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (Status is null)
        {
            errors[nameof(Status)] = [$"Status is required: one of {string.Join(", ", Enum.GetNames<AssociationStatus>())}."];
        }

        if (string.IsNullOrWhiteSpace(Reason) || Reason.Length > 2000)
        {
            errors[nameof(Reason)] = ["A reason is required (at most 2000 characters): every decision is kept with why."];
        }

        if (ChecklistNotes is { } notes && notes.Any(n => !Fol4Checklist.Names.Contains(n.Key) || n.Value.Length > 500))
        {
            errors[nameof(ChecklistNotes)] = [$"Notes are keyed by a §4 condition ({string.Join(", ", Fol4Checklist.Names)}), each at most 500 characters."];
        }

        return errors;
    }

    // How the notes read in the audit trail: "Board: note; NonProfit: note".
    public string? NotesText() => ChecklistNotes?.Where(n => !string.IsNullOrWhiteSpace(n.Value)).Select(n => $"{n.Key}: {n.Value.Trim()}").ToList() is { Count: > 0 } lines
        ? string.Join("; ", lines) : null;
}
