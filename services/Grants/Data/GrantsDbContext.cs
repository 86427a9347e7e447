using Frivillighed.AssociationReadModel;
using Frivillighed.Grants.Model;
using Frivillighed.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Frivillighed.Grants.Data;

public sealed class GrantsDbContext(DbContextOptions<GrantsDbContext> options) : DbContext(options)
{
    public DbSet<GrantPool> Pools => Set<GrantPool>();
    public DbSet<ApplicationRound> Rounds => Set<ApplicationRound>();
    public DbSet<GrantApplication> Applications => Set<GrantApplication>();
    public DbSet<Assessment> Assessments => Set<Assessment>();
    public DbSet<Award> Awards => Set<Award>();
    public DbSet<Payout> Payouts => Set<Payout>();
    public DbSet<UseReport> UseReports => Set<UseReport>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<MemberCount> MemberCounts => Set<MemberCount>();
    public DbSet<ActivityGrantRun> ActivityRuns => Set<ActivityGrantRun>();
    public DbSet<ActivityGrant> ActivityGrants => Set<ActivityGrant>();
    public DbSet<PremisesApplication> PremisesApplications => Set<PremisesApplication>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<GrantPool>(pool =>
        {
            pool.ToTable("grant_pools", t =>
            {
                t.HasCheckConstraint("ck_grant_pools_budget", "budget >= 0");
                t.HasCheckConstraint("ck_grant_pools_committed", "committed >= 0 AND committed <= budget");
                t.HasCheckConstraint("ck_grant_pools_paid", "paid >= 0 AND paid <= committed");
            });
            pool.HasKey(p => p.Id);
            pool.Property(p => p.Name).HasMaxLength(200);
            pool.Property(p => p.Purpose).HasMaxLength(2000);
            pool.Property(p => p.LegalBasis).HasMaxLength(200);
            pool.Property(p => p.Budget).HasPrecision(14, 2);
            pool.Property(p => p.Committed).HasPrecision(14, 2);
            pool.Property(p => p.Paid).HasPrecision(14, 2);
            pool.Property(p => p.MaxPerApplication).HasPrecision(14, 2);
            pool.Property(p => p.StaffDecisionLimit).HasPrecision(14, 2);
            pool.Property(p => p.Eligibility).HasConversion<string>().HasMaxLength(30);
            pool.Property(p => p.Kind).HasConversion<string>().HasMaxLength(20);
            pool.OwnsMany(p => p.Criteria, c => c.ToJson());
            pool.OwnsOne(p => p.Terms, t => t.ToJson());
            pool.Ignore(p => p.Remaining);

            // One activity grant and one premises grant a year.
            pool.HasIndex(p => new { p.Kind, p.Year }).IsUnique().HasFilter("kind <> 'Project'");
        });

        modelBuilder.Entity<ApplicationRound>(round =>
        {
            round.HasKey(r => r.Id);
            round.HasOne<GrantPool>().WithMany().HasForeignKey(r => r.PoolId).OnDelete(DeleteBehavior.Restrict);
            round.Property(r => r.Name).HasMaxLength(200);
            round.Ignore(r => r.ClosesAt);
        });

        modelBuilder.Entity<GrantApplication>(application =>
        {
            application.ToTable("grant_applications");
            application.HasKey(a => a.Id);
            application.HasOne<GrantPool>().WithMany().HasForeignKey(a => a.PoolId).OnDelete(DeleteBehavior.Restrict);
            application.HasOne<ApplicationRound>().WithMany().HasForeignKey(a => a.RoundId).OnDelete(DeleteBehavior.Restrict);
            application.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
            application.Property(a => a.Title).HasMaxLength(200);
            application.Property(a => a.Description).HasMaxLength(10000);
            application.Property(a => a.RequestedAmount).HasPrecision(14, 2);
            application.Property(a => a.CoFinancing).HasPrecision(14, 2);
            application.Property(a => a.TargetGroup).HasMaxLength(500);
            application.Property(a => a.Flag).HasMaxLength(500);
            application.Property(a => a.DecisionReason).HasMaxLength(2000);
            application.Property(a => a.Version).IsRowVersion();
            application.OwnsMany(a => a.BudgetLines, l => l.ToJson());
            application.OwnsMany(a => a.Answers, l => l.ToJson());
            application.HasIndex(a => new { a.PoolId, a.RoundId });
            application.HasIndex(a => a.AssociationId);
        });

        modelBuilder.Entity<Assessment>(assessment =>
        {
            assessment.HasKey(a => a.Id);
            assessment.HasOne<GrantApplication>().WithMany().HasForeignKey(a => a.ApplicationId).OnDelete(DeleteBehavior.Restrict);
            assessment.HasIndex(a => new { a.ApplicationId, a.AssessorId }).IsUnique();
            assessment.Property(a => a.AssessorName).HasMaxLength(200);
            assessment.OwnsMany(a => a.Scores, s => s.ToJson());
        });

        modelBuilder.Entity<Award>(award =>
        {
            award.ToTable("awards", t =>
            {
                t.HasCheckConstraint("ck_awards_amount", "amount > 0");
                t.HasCheckConstraint("ck_awards_paid", "paid >= 0 AND paid <= amount");
            });
            award.HasKey(a => a.Id);
            award.HasIndex(a => a.ApplicationId).IsUnique();
            award.Property(a => a.Amount).HasPrecision(14, 2);
            award.Property(a => a.Paid).HasPrecision(14, 2);
            award.Property(a => a.Conditions).HasMaxLength(2000);
            award.Property(a => a.Reason).HasMaxLength(2000);
            award.Property(a => a.DecidedByName).HasMaxLength(200);
            award.Property(a => a.CommitteeReference).HasMaxLength(200);
            award.Property(a => a.QuotaFacilityKind).HasMaxLength(30);
            award.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
            award.Property(a => a.WithdrawalReason).HasMaxLength(2000);
            award.HasIndex(a => a.PoolId);
            award.HasIndex(a => a.AssociationId);
        });

        modelBuilder.Entity<Payout>(payout =>
        {
            payout.ToTable(t => t.HasCheckConstraint("ck_payouts_amount", "amount > 0"));
            payout.HasKey(p => p.Id);
            payout.HasOne<Award>().WithMany().HasForeignKey(p => p.AwardId).OnDelete(DeleteBehavior.Restrict);
            payout.Property(p => p.Amount).HasPrecision(14, 2);
            payout.Property(p => p.Reference).HasMaxLength(200);
        });

        modelBuilder.Entity<UseReport>(report =>
        {
            report.HasKey(r => r.Id);
            report.HasOne<Award>().WithOne().HasForeignKey<UseReport>(r => r.AwardId).OnDelete(DeleteBehavior.Restrict);
            report.Property(r => r.Spent).HasPrecision(14, 2);
            report.Property(r => r.RepaymentClaim).HasPrecision(14, 2);
            report.Property(r => r.Results).HasMaxLength(10000);
        });

        modelBuilder.Entity<AuditEntry>(entry =>
        {
            entry.ToTable("audit_entries");
            entry.HasKey(e => e.Id);
            entry.Property(e => e.ActorName).HasMaxLength(200);
            entry.Property(e => e.Action).HasMaxLength(500);
            entry.Property(e => e.Reason).HasMaxLength(2000);
            entry.HasIndex(e => e.ApplicationId);
        });

        modelBuilder.Entity<MemberCount>(count =>
        {
            count.ToTable("member_counts");
            count.HasKey(c => new { c.AssociationId, c.Year });
        });

        modelBuilder.Entity<ActivityGrantRun>(run =>
        {
            run.ToTable("activity_grant_runs");
            run.HasKey(r => r.Id);
            run.HasOne<GrantPool>().WithMany().HasForeignKey(r => r.PoolId).OnDelete(DeleteBehavior.Restrict);
            run.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
            run.Property(r => r.RatePerMemberUnder25).HasPrecision(14, 2);
            run.Property(r => r.RatePerActivityHour).HasPrecision(14, 2);
            run.Property(r => r.Budget).HasPrecision(14, 2);
            run.Property(r => r.GrossTotal).HasPrecision(16, 2);
            run.Property(r => r.ReductionFactor).HasPrecision(9, 6);
            run.Property(r => r.Total).HasPrecision(14, 2);
            run.Property(r => r.ComputedByName).HasMaxLength(200);
            run.Property(r => r.ApprovedByName).HasMaxLength(200);
            run.Property(r => r.Version).IsRowVersion();
            run.OwnsMany(r => r.Excluded, e => e.ToJson());

            // One approved run per year: approving a second one fails in the database.
            run.HasIndex(r => r.PoolId).IsUnique().HasFilter("status = 'Approved'");
        });

        modelBuilder.Entity<ActivityGrant>(grant =>
        {
            grant.ToTable("activity_grants");
            grant.HasKey(g => g.Id);
            grant.HasOne<ActivityGrantRun>().WithMany().HasForeignKey(g => g.RunId).OnDelete(DeleteBehavior.Cascade);
            grant.Property(g => g.AssociationName).HasMaxLength(200);
            grant.Property(g => g.Gross).HasPrecision(14, 2);
            grant.Property(g => g.Amount).HasPrecision(14, 2);
            grant.OwnsMany(g => g.Corrections, c => c.ToJson());
            grant.HasIndex(g => new { g.RunId, g.AssociationId }).IsUnique();
            grant.HasIndex(g => g.AssociationId);
        });

        modelBuilder.Entity<PremisesApplication>(application =>
        {
            application.ToTable("premises_applications");
            application.HasKey(a => a.Id);
            application.HasOne<GrantPool>().WithMany().HasForeignKey(a => a.PoolId).OnDelete(DeleteBehavior.Restrict);
            application.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
            application.Property(a => a.Calculated).HasPrecision(14, 2);
            application.Property(a => a.Awarded).HasPrecision(14, 2);
            application.Property(a => a.DecisionReason).HasMaxLength(2000);
            application.Property(a => a.DecidedByName).HasMaxLength(200);
            application.Property(a => a.Version).IsRowVersion();
            application.OwnsMany(a => a.Premises, p => p.ToJson());
            application.HasIndex(a => new { a.PoolId, a.AssociationId }).IsUnique();
        });

        modelBuilder.AddOutboxAndInbox();
        modelBuilder.AddAssociationReadModel();
    }
}
