namespace Frivillighed.Contracts;

// Development-only sign-ins, seeded by Identity in the Development environment; Associations' demo data makes
// Bo and Carla chairs of two associations. The password is a dev-only secret and never valid outside Development.
public static class DemoUsers
{
    public const string DevOnlyPassword = "dev-password";

    public static readonly DemoUser Anna = new(Guid.Parse("0a000000-0000-7000-8000-000000000001"), "anna", "Anna Borger", ["citizen"]);
    public static readonly DemoUser Bo = new(Guid.Parse("0a000000-0000-7000-8000-000000000002"), "bo", "Bo Formand", ["citizen"]);
    public static readonly DemoUser Carla = new(Guid.Parse("0a000000-0000-7000-8000-000000000003"), "carla", "Carla Kasserer", ["citizen"]);
    public static readonly DemoUser Dorte = new(Guid.Parse("0a000000-0000-7000-8000-000000000004"), "dorte", "Dorte Medarbejder", ["staff"]);
    public static readonly DemoUser Erik = new(Guid.Parse("0a000000-0000-7000-8000-000000000005"), "erik", "Erik Administrator", ["staff", "admin"]);

    public static readonly IReadOnlyList<DemoUser> All = [Anna, Bo, Carla, Dorte, Erik];
}
