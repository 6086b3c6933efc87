package org.stek.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/** Fills in a form in Chromium as a person does: each element scrolled into view first. */
record FormDriver(ChromeDriver browser) {
  WebElement el(String id) {
    return browser.findElement(By.id(id));
  }

  void click(String id) {
    browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", el(id));
    el(id).click();
  }

  void type(String id, String text) {
    WebElement e = el(id);
    browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", e);
    e.clear();
    e.sendKeys(text);
  }
}
