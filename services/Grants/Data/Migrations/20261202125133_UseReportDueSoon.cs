using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Frivillighed.Grants.Data.Migrations
{
    /// <inheritdoc />
    public partial class UseReportDueSoon : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "due_soon_announced_at",
                table: "awards",
                type: "timestamp with time zone",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "due_soon_announced_at",
                table: "awards");
        }
    }
}
