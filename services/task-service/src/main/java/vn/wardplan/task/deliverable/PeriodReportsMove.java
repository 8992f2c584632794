package vn.wardplan.task.deliverable;

import java.util.LinkedHashSet;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

import vn.wardplan.platform.web.tenancy.WardScope;
import vn.wardplan.platform.web.tenancy.AcrossWards;
import vn.wardplan.task.regime.ReportingRegimes;
import vn.wardplan.task.task.Task;
import vn.wardplan.task.unit.Unit;

/**
 * On start, every ward gets its regime (its city's or Decree 09's) and every task its period reports. Wards stored
 * before period reports move without losing anything recorded (see {@link DeliverableSchedule}); run again, it
 * changes nothing and reads only the tasks not yet in step (see {@link ReportingSchedules#catchUp}). Several replicas may
 * run it at once: each task is written under optimistic locking.
 */
@Component
class PeriodReportsMove implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PeriodReportsMove.class);

    private final AcrossWards acrossWards;
    private final ReportingRegimes regimes;
    private final ReportingSchedules schedules;

    PeriodReportsMove(AcrossWards acrossWards, ReportingRegimes regimes, ReportingSchedules schedules) {
        this.acrossWards = acrossWards;
        this.regimes = regimes;
        this.schedules = schedules;
    }

    @Override
    public void run(ApplicationArguments args) {
        Set<WardScope> wards = new LinkedHashSet<>(acrossWards.wardsOf(Task.class));
        wards.addAll(acrossWards.wardsOf(Unit.class));
        int tasks = 0;
        for (WardScope ward : wards) {
            regimes.followCity(java.util.List.of(ward));
            tasks += schedules.catchUp(ward);
        }
        log.info("Reporting regime in force for {} wards; {} tasks moved to period reports", wards.size(), tasks);
    }
}
