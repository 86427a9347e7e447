namespace Frivillighed.Grants.Model;

// Why an application cannot be submitted yet. Field: what it concerns (an application field, "Round" or
// "Association"), so a form can lead the applicant to where it is fixed.
public sealed record SubmissionProblem(string Field, string Text);
