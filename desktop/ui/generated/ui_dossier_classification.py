# Generated from forms/dossier_classification.ui by tools/build_forms.py (pyside6-uic). Do not edit: edit the form.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_DossierClassificationPage(object):
    def setupUi(self, DossierClassificationPage):
        if not DossierClassificationPage.objectName():
            DossierClassificationPage.setObjectName(u"DossierClassificationPage")
        DossierClassificationPage.resize(900, 640)
        self.classification_layout = QVBoxLayout(DossierClassificationPage)
        self.classification_layout.setObjectName(u"classification_layout")
        self.classification_standard_label = QLabel(DossierClassificationPage)
        self.classification_standard_label.setObjectName(u"classification_standard_label")
        self.classification_standard_label.setWordWrap(True)

        self.classification_layout.addWidget(self.classification_standard_label)

        self.assessment_group = QGroupBox(DossierClassificationPage)
        self.assessment_group.setObjectName(u"assessment_group")
        self.assessment_form = QFormLayout(self.assessment_group)
        self.assessment_form.setObjectName(u"assessment_form")
        self.assessment_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.assessment_form.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.loss_ratio_edit_label = QLabel(self.assessment_group)
        self.loss_ratio_edit_label.setObjectName(u"loss_ratio_edit_label")

        self.assessment_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.loss_ratio_edit_label)

        self.loss_ratio_edit = QLineEdit(self.assessment_group)
        self.loss_ratio_edit.setObjectName(u"loss_ratio_edit")

        self.assessment_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.loss_ratio_edit)

        self.manager_rating_spin_label = QLabel(self.assessment_group)
        self.manager_rating_spin_label.setObjectName(u"manager_rating_spin_label")

        self.assessment_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.manager_rating_spin_label)

        self.manager_rating_spin = QSpinBox(self.assessment_group)
        self.manager_rating_spin.setObjectName(u"manager_rating_spin")
        self.manager_rating_spin.setMinimum(0)
        self.manager_rating_spin.setMaximum(5)

        self.assessment_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.manager_rating_spin)

        self.terms_changeable_check = QCheckBox(self.assessment_group)
        self.terms_changeable_check.setObjectName(u"terms_changeable_check")

        self.assessment_form.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.terms_changeable_check)

        self.business_selectable_check = QCheckBox(self.assessment_group)
        self.business_selectable_check.setObjectName(u"business_selectable_check")

        self.assessment_form.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.business_selectable_check)

        self.repair_need_amount_edit_label = QLabel(self.assessment_group)
        self.repair_need_amount_edit_label.setObjectName(u"repair_need_amount_edit_label")

        self.assessment_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.repair_need_amount_edit_label)

        self.repair_need_amount_edit = QLineEdit(self.assessment_group)
        self.repair_need_amount_edit.setObjectName(u"repair_need_amount_edit")

        self.assessment_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.repair_need_amount_edit)

        self.assessment_note_edit_label = QLabel(self.assessment_group)
        self.assessment_note_edit_label.setObjectName(u"assessment_note_edit_label")

        self.assessment_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.assessment_note_edit_label)

        self.assessment_note_edit = QLineEdit(self.assessment_group)
        self.assessment_note_edit.setObjectName(u"assessment_note_edit")

        self.assessment_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.assessment_note_edit)

        self.assessment_buttons = QHBoxLayout()
        self.assessment_buttons.setObjectName(u"assessment_buttons")
        self.assessment_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.assessment_buttons.addItem(self.assessment_spacer)

        self.save_assessment_button = QPushButton(self.assessment_group)
        self.save_assessment_button.setObjectName(u"save_assessment_button")

        self.assessment_buttons.addWidget(self.save_assessment_button)


        self.assessment_form.setLayout(6, QFormLayout.ItemRole.SpanningRole, self.assessment_buttons)


        self.classification_layout.addWidget(self.assessment_group)

        self.result_group = QGroupBox(DossierClassificationPage)
        self.result_group.setObjectName(u"result_group")
        self.result_layout = QVBoxLayout(self.result_group)
        self.result_layout.setObjectName(u"result_layout")
        self.tier_label = QLabel(self.result_group)
        self.tier_label.setObjectName(u"tier_label")

        self.result_layout.addWidget(self.tier_label)

        self.explanation_label = QLabel(self.result_group)
        self.explanation_label.setObjectName(u"explanation_label")
        self.explanation_label.setWordWrap(True)

        self.result_layout.addWidget(self.explanation_label)

        self.rank_label = QLabel(self.result_group)
        self.rank_label.setObjectName(u"rank_label")
        self.rank_label.setWordWrap(True)

        self.result_layout.addWidget(self.rank_label)

        self.classify_buttons = QHBoxLayout()
        self.classify_buttons.setObjectName(u"classify_buttons")
        self.classify_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.classify_buttons.addItem(self.classify_spacer)

        self.classify_button = QPushButton(self.result_group)
        self.classify_button.setObjectName(u"classify_button")

        self.classify_buttons.addWidget(self.classify_button)


        self.result_layout.addLayout(self.classify_buttons)


        self.classification_layout.addWidget(self.result_group)

        self.override_group = QGroupBox(DossierClassificationPage)
        self.override_group.setObjectName(u"override_group")
        self.override_row = QHBoxLayout(self.override_group)
        self.override_row.setObjectName(u"override_row")
        self.override_tier_combo = QComboBox(self.override_group)
        self.override_tier_combo.setObjectName(u"override_tier_combo")

        self.override_row.addWidget(self.override_tier_combo)

        self.override_reason_edit = QLineEdit(self.override_group)
        self.override_reason_edit.setObjectName(u"override_reason_edit")

        self.override_row.addWidget(self.override_reason_edit)

        self.override_button = QPushButton(self.override_group)
        self.override_button.setObjectName(u"override_button")

        self.override_row.addWidget(self.override_button)


        self.classification_layout.addWidget(self.override_group)

        self.history_label = QLabel(DossierClassificationPage)
        self.history_label.setObjectName(u"history_label")

        self.classification_layout.addWidget(self.history_label)

        self.history_table = QTableWidget(DossierClassificationPage)
        self.history_table.setObjectName(u"history_table")
        self.history_table.setAlternatingRowColors(True)

        self.classification_layout.addWidget(self.history_table)

#if QT_CONFIG(shortcut)
        self.loss_ratio_edit_label.setBuddy(self.loss_ratio_edit)
        self.manager_rating_spin_label.setBuddy(self.manager_rating_spin)
        self.repair_need_amount_edit_label.setBuddy(self.repair_need_amount_edit)
        self.assessment_note_edit_label.setBuddy(self.assessment_note_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DossierClassificationPage)

        QMetaObject.connectSlotsByName(DossierClassificationPage)
    # setupUi

    def retranslateUi(self, DossierClassificationPage):
        DossierClassificationPage.setWindowTitle(QCoreApplication.translate("DossierClassificationPage", u"Target classification", None))
        self.classification_standard_label.setText("")
        self.assessment_group.setTitle(QCoreApplication.translate("DossierClassificationPage", u"Quality assessment", None))
        self.loss_ratio_edit_label.setText(QCoreApplication.translate("DossierClassificationPage", u"Loss ratio (%)", None))
        self.loss_ratio_edit.setPlaceholderText(QCoreApplication.translate("DossierClassificationPage", u"e.g. 62%", None))
        self.manager_rating_spin_label.setText(QCoreApplication.translate("DossierClassificationPage", u"Manager's rating (1\u20135)", None))
        self.manager_rating_spin.setSpecialValueText(QCoreApplication.translate("DossierClassificationPage", u"Not rated", None))
        self.terms_changeable_check.setText(QCoreApplication.translate("DossierClassificationPage", u"Underwriting terms could be changed", None))
        self.business_selectable_check.setText(QCoreApplication.translate("DossierClassificationPage", u"Its business could be selected", None))
        self.repair_need_amount_edit_label.setText(QCoreApplication.translate("DossierClassificationPage", u"Repair need (\u00a5 a year)", None))
        self.repair_need_amount_edit.setPlaceholderText(QCoreApplication.translate("DossierClassificationPage", u"e.g. 300\u4e07", None))
        self.assessment_note_edit_label.setText(QCoreApplication.translate("DossierClassificationPage", u"Note", None))
        self.save_assessment_button.setText(QCoreApplication.translate("DossierClassificationPage", u"Save assessment", None))
        self.result_group.setTitle(QCoreApplication.translate("DossierClassificationPage", u"Classification", None))
        self.tier_label.setText(QCoreApplication.translate("DossierClassificationPage", u"Not classified yet", None))
        self.explanation_label.setText("")
        self.rank_label.setText("")
        self.classify_button.setText(QCoreApplication.translate("DossierClassificationPage", u"Classify now", None))
#if QT_CONFIG(tooltip)
        self.classify_button.setToolTip(QCoreApplication.translate("DossierClassificationPage", u"Apply the branch's rules to today's data and record the result", None))
#endif // QT_CONFIG(tooltip)
        self.override_group.setTitle(QCoreApplication.translate("DossierClassificationPage", u"Manual override", None))
        self.override_reason_edit.setPlaceholderText(QCoreApplication.translate("DossierClassificationPage", u"Reason (required)", None))
        self.override_button.setText(QCoreApplication.translate("DossierClassificationPage", u"Override", None))
        self.history_label.setText(QCoreApplication.translate("DossierClassificationPage", u"History", None))
    # retranslateUi

