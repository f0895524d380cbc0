package com.weibao.contract;

public enum SystemKind {
    SOFTWARE, HARDWARE
}
