package vn.camket.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.camket.model.Deadline;
import vn.camket.model.TaskRow;

class TaskRowBuilderTest {
    private final DeadlineParser deadlines = new DeadlineParser();

    private static TaskRow row(List<String> lead, Deadline deadline) {
        return new TaskRow("p:t:1", "p", "p.txt", "", "I", "1", "Lap ke hoach", lead, String.join("; ", lead), List.of(), "",
                "", deadline, "", "", new int[] {1, 2});
    }

    @Test
    void takesTheOtherReadingsFinerDeadlineOfTheSameYear() {
        TaskRow byLines = row(List.of("Sở Tài chính"), deadlines.parse("năm 2027"));
        TaskRow byColumns = row(List.of(), deadlines.parse("Quý III năm 2027"));
        TaskRow filled = TaskRowBuilder.filledFrom(byLines, byColumns);
        assertThat(filled.deadline().normalized()).isEqualTo("2027-Q3");
        assertThat(filled.lead()).containsExactly("Sở Tài chính");
    }

    @Test
    void keepsItsOwnDeadlineWhenTheOtherIsOfAnotherYearOrNoFiner() {
        TaskRow byLines = row(List.of(), deadlines.parse("năm 2027"));
        assertThat(TaskRowBuilder.filledFrom(byLines, row(List.of(), deadlines.parse("Tháng 3/2028"))).deadline().normalized()).isEqualTo("2027");
        TaskRow dated = row(List.of(), deadlines.parse("Tháng 5/2027"));
        assertThat(TaskRowBuilder.filledFrom(dated, row(List.of("Sở Y tế"), deadlines.parse("Quý I/2027"))).deadline().normalized()).isEqualTo("2027-05");
    }
}
