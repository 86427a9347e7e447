using Frivillighed.AssociationReadModel;
using Frivillighed.Contracts.Associations;

namespace Frivillighed.Grants.Model;

// The pure rules of applying and deciding, as sentences an applicant or a staff member understands.
public static class GrantRules
{
    public const int MaxScore = 5;

    // Fields a pool may require beyond title, description, period, amount and budget lines.
    public static readonly IReadOnlyList<string> OptionalFields = ["CoFinancing", "TargetGroup", "Volunteers", "Answers"];

    public static string? EligibilityRefusal(PoolEligibility eligibility, KnownAssociation? association) => association switch
    {
        null => "The association is unknown to the grants service.",
        { Status: AssociationStatus.Suspended or AssociationStatus.Withdrawn or AssociationStatus.Rejected } =>
            $"{association.Name} is {association.Status.ToString().ToLowerInvariant()} and cannot apply.",
        { ChildSafetyLapsed: true } => $"{association.Name}'s yearly child-safety declaration (børneattest) is overdue, which blocks grant applications.",
        { Status: AssociationStatus.Applied } when eligibility == PoolEligibility.ApprovedAssociations =>
            $"This pool is for associations approved under Folkeoplysningsloven §4; {association.Name} is not approved yet.",
        _ => null,
    };

    // Everything that keeps an application from being submitted now.
    public static List<SubmissionProblem> SubmissionProblems(GrantPool pool, ApplicationRound round, GrantApplication application, DateTimeOffset now)
    {
        var problems = new List<SubmissionProblem>();
        if (!round.IsOpenAt(now))
        {
            problems.Add(new("Round", $"The deadline of {round.Name} was the end of {round.Deadline:yyyy-MM-dd} (Danish time); the round is closed."));
        }

        if (round.OnlyIfMoneyLeft && pool.Remaining <= 0)
        {
            problems.Add(new("Round", $"{round.Name} is open only while {pool.Name} has money left, and it has none."));
        }

        if (string.IsNullOrWhiteSpace(application.Title) || string.IsNullOrWhiteSpace(application.Description))
        {
            problems.Add(new("Title", "The application needs a project title and a description."));
        }

        if (application.PeriodStart is null || application.PeriodEnd is null)
        {
            problems.Add(new("PeriodStart", "The application needs the project's period."));
        }

        if (application.RequestedAmount <= 0)
        {
            problems.Add(new("RequestedAmount", "The application needs the amount requested."));
        }
        else if (pool.MaxPerApplication is { } max && application.RequestedAmount > max)
        {
            problems.Add(new("RequestedAmount", $"{pool.Name} gives at most {max:0.##} kr. per application; {application.RequestedAmount:0.##} kr. is requested."));
        }

        if (application.BudgetLines.Count(l => l.Kind == BudgetLineKind.Expense) == 0)
        {
            problems.Add(new("BudgetLines", "The budget needs at least one expense line."));
        }

        foreach (var field in pool.RequiredFields)
        {
            var missing = field switch
            {
                "CoFinancing" => application.CoFinancing is null,
                "TargetGroup" => string.IsNullOrWhiteSpace(application.TargetGroup),
                "Volunteers" => application.Volunteers is null,
                "Answers" => pool.Criteria.Any(c => !application.Answers.Any(a => a.Criterion == c.Name && !string.IsNullOrWhiteSpace(a.Answer))),
                _ => false,
            };
            if (missing)
            {
                problems.Add(new(field, field == "Answers" ? "Answer every one of the pool's criteria." : $"{pool.Name} requires {field}."));
            }
        }

        return problems;
    }

    // The weighted total of an application: per criterion the mean of the assessors' scores, weighted by the
    // pool's weights. Null until someone has assessed it.
    public static decimal? WeightedScore(IReadOnlyList<Criterion> criteria, IReadOnlyList<Assessment> assessments)
    {
        var weights = criteria.Sum(c => c.Weight);
        if (assessments.Count == 0 || weights <= 0)
        {
            return null;
        }

        var total = criteria.Sum(c =>
        {
            var scores = assessments.SelectMany(a => a.Scores).Where(s => s.Criterion == c.Name).Select(s => (decimal)s.Score).ToList();
            return scores.Count == 0 ? 0m : c.Weight * scores.Average();
        });
        return decimal.Round(total / weights, 2);
    }

    // Money paid but not spent is claimed back; spending beyond what was paid is the association's own.
    public static decimal Repayment(decimal paid, decimal spent) => Math.Max(0m, paid - spent);

    public static DateOnly ReportDue(DateOnly projectEnd, int months) => projectEnd.AddMonths(months);
}
