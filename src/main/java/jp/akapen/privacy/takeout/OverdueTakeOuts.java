package jp.akapen.privacy.takeout;

import jp.akapen.shared.JapaneseDates;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every morning in Tokyo, flags exports past their return date to the ward (seed P10; issue 14 item 7). */
@Component
class OverdueTakeOuts {

    private final TakeOutService takeOuts;

    OverdueTakeOuts(TakeOutService takeOuts) {
        this.takeOuts = takeOuts;
    }

    @Scheduled(cron = "${akapen.takeout.overdue-cron:0 0 8 * * *}", zone = JapaneseDates.ZONE_ID)
    void daily() {
        takeOuts.flagOverdue();
    }
}
