package vn.camket.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** The progress display the commands share (one step per plan file). */
final class Progress {
    private Progress() {}

    static ProgressBar bar(String task, int files) {
        return new ProgressBarBuilder().setTaskName(task).setInitialMax(files).setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(200).build();
    }
}
