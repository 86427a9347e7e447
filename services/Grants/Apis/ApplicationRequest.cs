using Frivillighed.Grants.Model;

namespace Frivillighed.Grants.Apis;

// A draft's content. RoundId and AssociationId are given when the draft is created and cannot change later.
// Drafts may be incomplete; what submission needs is checked then.
public sealed record ApplicationRequest(
    Guid? RoundId,
    Guid? AssociationId,
    string? Title,
    string? Description,
    DateOnly? PeriodStart,
    DateOnly? PeriodEnd,
    decimal? RequestedAmount,
    List<BudgetLineRequest>? BudgetLines,
    decimal? CoFinancing,
    string? TargetGroup,
    int? Volunteers,
    List<AnswerRequest>? Answers)
{
    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (Title?.Length > 200 || Description?.Length > 10000 || TargetGroup?.Length > 500)
        {
            errors[nameof(Title)] = ["The title is at most 200 characters, the description 10000, the target group 500."];
        }

        if (PeriodStart is { } start && PeriodEnd is { } end && end < start)
        {
            errors[nameof(PeriodEnd)] = ["The project ends on or after the day it starts."];
        }

        if (RequestedAmount is < 0 or > 100_000_000 || CoFinancing is < 0 or > 100_000_000 || Volunteers is < 0 or > 100_000)
        {
            errors[nameof(RequestedAmount)] = ["Amounts (DKK) and the number of volunteers are 0 or more."];
        }

        if (BudgetLines is { } lines && (lines.Count > 100 || lines.Any(l => l.Kind is null || string.IsNullOrWhiteSpace(l.Description)
                || l.Description.Length > 200 || l.Amount is not (>= 0 and <= 100_000_000))))
        {
            errors[nameof(BudgetLines)] = ["Each budget line (at most 100) has a kind (Income or Expense), a description and an amount of 0 or more."];
        }

        if (Answers is { } answers && (answers.Count > 20 || answers.Any(a => string.IsNullOrWhiteSpace(a.Criterion) || a.Answer is null || a.Answer.Length > 5000)))
        {
            errors[nameof(Answers)] = ["Each answer names a criterion and is at most 5000 characters."];
        }

        return errors;
    }

    public void ApplyTo(GrantApplication application)
    {
        application.Title = Title?.Trim() ?? "";
        application.Description = Description?.Trim() ?? "";
        application.PeriodStart = PeriodStart;
        application.PeriodEnd = PeriodEnd;
        application.RequestedAmount = RequestedAmount ?? 0;
        application.BudgetLines = BudgetLines?.Select(l => new BudgetLine { Kind = l.Kind!.Value, Description = l.Description!.Trim(), Amount = l.Amount }).ToList() ?? [];
        application.CoFinancing = CoFinancing;
        application.TargetGroup = TargetGroup?.Trim();
        application.Volunteers = Volunteers;
        application.Answers = Answers?.Select(a => new CriterionAnswer { Criterion = a.Criterion!.Trim(), Answer = a.Answer!.Trim() }).ToList() ?? [];
    }
}
